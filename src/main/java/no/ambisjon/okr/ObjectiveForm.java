package no.ambisjon.okr;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import no.ambisjon.security.Owner;
import java.util.EnumSet;
import java.util.Set;
import no.ambisjon.coach.CheckId;

/** What a user types for an objective; validated in the editor and again in the service. */
public class ObjectiveForm implements Serializable {

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.too-long}")
    private String title = "";

    @Size(max = 2000, message = "{validation.too-long}")
    private String description = "";

    /** A person who may see the customer, or the name that matched nobody when owners became people. */
    private Owner owner;

    @NotNull(message = "{validation.required}")
    private ObjectiveStatus status = ObjectiveStatus.DRAFT;

    /** The coach's questions the user answers yes to, for the objective as it is being saved. */
    private Set<CheckId> confirmed = EnumSet.noneOf(CheckId.class);

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Owner getOwner() {
        return owner;
    }

    public void setOwner(Owner owner) {
        this.owner = owner;
    }

    public ObjectiveStatus getStatus() {
        return status;
    }

    public void setStatus(ObjectiveStatus status) {
        this.status = status;
    }

    public Set<CheckId> getConfirmed() {
        return confirmed;
    }

    public void setConfirmed(Set<CheckId> confirmed) {
        this.confirmed = confirmed.isEmpty() ? EnumSet.noneOf(CheckId.class) : EnumSet.copyOf(confirmed);
    }
}
