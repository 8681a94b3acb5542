package no.ambisjon.okr.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import no.ambisjon.live.LiveSubscription;
import no.ambisjon.live.LiveUpdates;
import no.ambisjon.base.ui.IdParameter;
import no.ambisjon.okr.CommentService;
import no.ambisjon.okr.EvaluationService;
import no.ambisjon.okr.ObjectiveDetail;
import no.ambisjon.okr.ObjectiveId;
import no.ambisjon.okr.OkrQueryService;

/** One objective with its key results, the coach's questions and the comments on it. */
@Route("objectives/:id")
@PermitAll
public class ObjectiveView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final OkrQueryService queries;
    private final CommentService comments;
    private final EvaluationService evaluations;
    private final OkrEditing editing;
    private final LiveSubscription live;
    private ObjectiveId id;
    private ObjectiveDetail detail;
    private ObjectiveCardView card;
    private CoachPanel coachPanel;
    private CommentThread thread;
    private EvaluationPanel evaluationPanel;

    ObjectiveView(OkrQueryService queries, CommentService comments, EvaluationService evaluations, OkrEditing editing,
                  LiveUpdates liveUpdates) {
        this.evaluations = evaluations;
        this.live = new LiveSubscription(this, liveUpdates);
        this.queries = queries;
        this.comments = comments;
        this.editing = editing;
        addClassName("objective-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = new ObjectiveId(IdParameter.of(event));
        build();
        live.follow(event.getUI(), detail.customer().id().value(), this::refresh);
    }

    private void build() {
        removeAll();
        detail = queries.objective(id);
        var actions = editing.actionsFor(this, detail.customer(), this::refresh);
        card = new ObjectiveCardView(detail.objective(), detail.expected(), actions);
        coachPanel = actions == null ? new CoachPanel(null, null)
                : new CoachPanel((check, yes) -> actions.answer(card.card(), check, yes),
                        template -> actions.addKeyResult(card.card(), template));
        // The evaluation sits under the objective it grades, beside the coach.
        evaluationPanel = new EvaluationPanel(evaluations, id, actions != null, this::refresh);
        var main = new Div(card, evaluationPanel);
        main.addClassName("objective-main");
        var columns = new Div(main, coachPanel);
        columns.addClassName("objective-with-coach");
        thread = new CommentThread(ValueFormat.of(this), text -> {
            comments.onObjective(id, text);
            refresh();
        });
        add(Breadcrumb.of(detail.customer(), detail.quarter(), null), columns, thread);
        show();
    }

    /** After a change, here or on another device: the same elements take the new data. */
    private void refresh() {
        detail = queries.objective(id);
        show();
    }

    private void show() {
        var objective = detail.objective();
        card.show(objective, detail.expected());
        coachPanel.show(objective.findings(), objective.confirmations());
        evaluationPanel.show(evaluations.evaluation(id));
        thread.show(detail.comments());
    }

    @Override
    public String getPageTitle() {
        return (detail == null ? "" : detail.objective().title() + " · ") + getTranslation("app.name");
    }
}
