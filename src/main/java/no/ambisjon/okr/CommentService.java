package no.ambisjon.okr;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import no.ambisjon.base.audit.AuditKind;
import no.ambisjon.base.audit.AuditLog;
import no.ambisjon.base.live.CustomerChanged;
import no.ambisjon.okr.domain.Comment;
import no.ambisjon.okr.domain.CommentRepository;
import no.ambisjon.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
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
    private final OkrAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;

    CommentService(CommentRepository comments, OkrAccess access, CurrentUser currentUser, Clock clock,
                   ApplicationEventPublisher events, AuditLog audit) {
        this.events = events;
        this.audit = audit;
        this.comments = comments;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public void onKeyResult(KeyResultId id, @NotBlank @Size(max = MAX_LENGTH) String text) {
        var kr = access.keyResult(id);
        var user = currentUser.require();
        comments.save(Comment.onKeyResult(kr, text.strip(), user.id(), user.displayName(), clock.instant()));
        audit.record(AuditKind.COMMENT_ADDED, kr.getCustomerId(), kr.getTitle() + ": " + text.strip());
        events.publishEvent(new CustomerChanged(kr.getCustomerId()));
    }

    public void onObjective(ObjectiveId id, @NotBlank @Size(max = MAX_LENGTH) String text) {
        var objective = access.objective(id);
        var user = currentUser.require();
        comments.save(Comment.onObjective(objective, text.strip(), user.id(), user.displayName(), clock.instant()));
        audit.record(AuditKind.COMMENT_ADDED, objective.getCustomerId(), objective.getTitle() + ": " + text.strip());
        events.publishEvent(new CustomerChanged(objective.getCustomerId()));
    }
}
