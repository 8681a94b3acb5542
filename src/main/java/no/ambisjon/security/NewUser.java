package no.ambisjon.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import no.ambisjon.base.i18n.Language;

/** What an administrator fills in for a new user. A customer login also needs its customer. */
public class NewUser implements Serializable {

    @NotBlank(message = "{validation.required}")
    @Email(message = "{validation.email}")
    @Size(max = 254, message = "{validation.too-long}")
    private String username = "";

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.too-long}")
    private String displayName = "";

    @NotNull(message = "{validation.required}")
    private Role role = Role.CONSULTANT;

    private Long customerId;

    /** The language of the invitation, and of the user's screens until they choose another. */
    @NotNull(message = "{validation.required}")
    private Language language = Language.NB;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
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

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }
}
