package no.ambisjon.okr;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import no.ambisjon.base.change.ChangeKind;
import no.ambisjon.base.change.Changes;
import no.ambisjon.okr.domain.Comment;
import no.ambisjon.okr.domain.CommentRepository;
import no.ambisjon.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Comments on objectives and key results: everyone who may see the customer, viewers included. */
@Service
@Validated
@Transactional
@PreAuthorize("isAuthenticated()")
public class CommentService {

    public static final int MAX_LENGTH = 2000;

    private final CommentRepository comments;
    private final OkrLoader loader;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Changes changes;

    CommentService(CommentRepository comments, OkrLoader loader, CurrentUser currentUser, Clock clock,
                   Changes changes) {
        this.comments = comments;
        this.loader = loader;
        this.currentUser = currentUser;
        this.clock = clock;
        this.changes = changes;
    }

    public void onKeyResult(KeyResultId id, @NotBlank @Size(max = MAX_LENGTH) String text) {
        var kr = loader.keyResult(id);
        var user = currentUser.require();
        comments.save(Comment.onKeyResult(kr, text.strip(), user.id(), user.displayName(), clock.instant()));
        changes.record(new OkrChange(ChangeKind.COMMENT_ADDED, kr.getCustomerId(), kr.getTitle() + ": " + text.strip()));
    }

    public void onObjective(ObjectiveId id, @NotBlank @Size(max = MAX_LENGTH) String text) {
        var objective = loader.objective(id);
        var user = currentUser.require();
        comments.save(Comment.onObjective(objective, text.strip(), user.id(), user.displayName(), clock.instant()));
        changes.record(new OkrChange(ChangeKind.COMMENT_ADDED, objective.getCustomerId(),
                objective.getTitle() + ": " + text.strip()));
    }
}
