package no.ambisjon.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** What an administrator changes about a user: the name, the role and whether the account may log in. */
public class UserChange implements Serializable {

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.too-long}")
    private String displayName = "";

    @NotNull(message = "{validation.required}")
    private Role role;

    private boolean active;

    /** The user as it is now. */
    public static UserChange of(UserRow user) {
        return of(user, user.role(), user.active());
    }

    /** The user with another role or access, the name unchanged. */
    public static UserChange of(UserRow user, Role role, boolean active) {
        var change = new UserChange();
        change.setDisplayName(user.displayName());
        change.setRole(role);
        change.setActive(active);
        return change;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
