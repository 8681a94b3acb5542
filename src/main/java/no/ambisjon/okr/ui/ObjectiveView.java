package no.ambisjon.okr.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import no.ambisjon.base.live.LiveSubscription;
import no.ambisjon.base.ui.IdParameter;
import no.ambisjon.base.ui.TypedInput;
import no.ambisjon.base.live.LiveUpdates;
import no.ambisjon.okr.CommentService;
import no.ambisjon.okr.ObjectiveDetail;
import no.ambisjon.okr.ObjectiveId;
import no.ambisjon.okr.OkrQueryService;

/** One objective with its key results and the comments on it. */
@Route("objectives/:id")
@PermitAll
public class ObjectiveView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final OkrQueryService queries;
    private final CommentService comments;
    private final OkrEditing editing;
    private final LiveSubscription live;
    private ObjectiveId id;
    private ObjectiveDetail detail;

    ObjectiveView(OkrQueryService queries, CommentService comments, OkrEditing editing, LiveUpdates liveUpdates) {
        this.live = new LiveSubscription(this, liveUpdates);
        this.queries = queries;
        this.comments = comments;
        this.editing = editing;
        addClassName("objective-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = new ObjectiveId(IdParameter.of(event));
        render();
        live.follow(event.getUI(), detail.customer().id().value(), this::refresh);
    }

    private void render() {
        removeAll();
        detail = queries.objective(id);
        add(Breadcrumb.of(detail.customer(), detail.quarter(), null));
        var card = detail.objective();
        var actions = editing.actionsFor(this, detail.customer(), this::refresh);
        var coachPanel = actions == null ? new CoachPanel(null, null)
                : new CoachPanel((check, yes) -> actions.answer(card, check, yes),
                        template -> actions.addKeyResult(card, template));
        coachPanel.show(card.findings(), card.confirmations());
        var columns = new Div(new ObjectiveCardView(card, detail.expected(), actions), coachPanel);
        columns.addClassName("objective-with-coach");
        add(columns);
        add(new CommentThread(detail.comments(), ValueFormat.of(this), text -> {
            comments.onObjective(id, text);
            refresh("comment-text");
        }));
    }

    /** Rebuilds the page with fresh data, keeping what is being typed except in {@code submitted}. */
    private void refresh(String... submitted) {
        TypedInput.keepAcross(this, this::render, submitted);
    }

    @Override
    public String getPageTitle() {
        return (detail == null ? "" : detail.objective().title() + " · ") + getTranslation("app.name");
    }
}
