package no.ambisjon.okr;

import java.io.Serializable;
import java.util.List;

/** An objective with its key results, as the OKR page shows it. */
public record ObjectiveCard(ObjectiveId id, long version, String title, String description, String owner,
                            ObjectiveStatus status, double progress, List<KeyResultLine> keyResults)
        implements Serializable {

    public ObjectiveForm toForm() {
        var form = new ObjectiveForm();
        form.setTitle(title);
        form.setDescription(description == null ? "" : description);
        form.setOwner(owner == null ? "" : owner);
        form.setStatus(status);
        return form;
    }
}
