package no.ambisjon.admin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.TextStyle;
import java.util.regex.Pattern;
import no.ambisjon.base.ui.TimeText;
import no.ambisjon.mail.MailStatus;
import no.ambisjon.mail.OutboxMail;
import no.ambisjon.mail.OutboxRow;
import no.ambisjon.mail.OutboxService;
import no.ambisjon.security.Role;

/**
 * Administration: every mail the application wrote, newest first, and whether it went. With no mail
 * server configured, this is where a mail is read: what it would have said, and its links, of which
 * a one-time link (to set a password, or to sign in) is there to click or copy and pass on, as are the
 * application's other links in it. Once a mail is sent, a one-time link is kept nowhere, and its place says so.
 */
@Route("admin/outbox")
@RolesAllowed(Role.Name.ADMIN)
@Menu(order = 13, icon = "vaadin:envelopes-o", title = "nav.admin.outbox")
public class OutboxView extends VerticalLayout implements HasDynamicTitle {

    private final OutboxService outbox;
    private static final Pattern ADDRESS = Pattern.compile("https?://\\S+");

    private final Grid<OutboxRow> grid = new Grid<>();
    private final String ownLinks;

    OutboxView(OutboxService outbox) {
        this.outbox = outbox;
        addClassNames("admin-view", "outbox-admin");
        var setup = outbox.setup();
        ownLinks = setup.links();
        var day = setup.reminderDay().getDisplayName(TextStyle.FULL, getLocale());
        var when = getTranslation("outbox.reminders", day, TimeText.time(setup.reminderTime(), getLocale()));
        var how = new Paragraph(setup.serverConfigured() ? getTranslation("outbox.server") + " " + when
                : getTranslation("outbox.no-server") + " " + when);
        how.addClassName(setup.serverConfigured() ? "secondary-text" : "outbox-held-note");
        how.setId("outbox-setup");

        grid.addColumn(row -> TimeText.format(row.createdAt(), getLocale())).setHeader(getTranslation("outbox.at"))
                .setAutoWidth(true).setFlexGrow(0).setKey("at");
        grid.addComponentColumn(this::recipient).setHeader(getTranslation("outbox.to")).setFlexGrow(2).setKey("to");
        grid.addColumn(row -> getTranslation("mail.kind." + row.kind().name())).setHeader(getTranslation("outbox.kind"))
                .setAutoWidth(true).setFlexGrow(0).setKey("kind");
        grid.addColumn(OutboxRow::subject).setHeader(getTranslation("outbox.subject")).setFlexGrow(4).setKey("subject")
                .setTooltipGenerator(OutboxRow::subject);
        grid.addComponentColumn(this::status).setHeader(getTranslation("admin.status")).setAutoWidth(true)
                .setFlexGrow(0).setKey("status");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPageSize(50);
        grid.setEmptyStateText(getTranslation("outbox.empty", day));
        grid.addItemClickListener(e -> open(e.getItem().id()));
        grid.setId("outbox");
        var count = outbox.count();
        grid.setItems(query -> outbox.mails(query.getOffset(), query.getLimit()).stream(), query -> count);

        add(new PageHeader(getTranslation("admin.outbox.title"), getTranslation("admin.outbox.intro")), how, grid);
        setFlexGrow(1, grid);
        setHeightFull();
    }

    private Component recipient(OutboxRow row) {
        var name = new Span(row.recipientName());
        var address = new Span(row.recipient());
        address.addClassName("secondary-text");
        var cell = new Div(name, address);
        cell.addClassName("outbox-recipient");
        return cell;
    }

    private Component status(OutboxRow row) {
        var text = switch (row.status()) {
            case SENT -> getTranslation("mail.status.SENT", TimeText.format(row.sentAt(), getLocale()));
            case QUEUED -> row.attempts() == 0 ? getTranslation("mail.status.QUEUED")
                    : getTranslation("mail.status.QUEUED.retry", row.attempts());
            default -> getTranslation("mail.status." + row.status().name());
        };
        var badge = new Span(text);
        badge.addClassNames("badge", switch (row.status()) {
            case SENT -> "status-achieved";
            case FAILED -> "status-missed";
            case QUEUED -> "status-active";
            case HELD -> "status-inactive";
        });
        if (row.error() != null && row.status() != MailStatus.SENT) {
            badge.getElement().setAttribute("title", row.error());
        }
        return badge;
    }

    /** The mail as its recipient reads it. */
    Dialog open(long id) {
        var mail = outbox.mail(id);
        var dialog = new Dialog();
        dialog.setHeaderTitle(mail.row().subject());
        dialog.addClassName("outbox-mail");
        var to = new Paragraph(getTranslation("outbox.mail.to", mail.row().recipientName(), mail.row().recipient(),
                TimeText.format(mail.row().createdAt(), getLocale())));
        to.addClassName("secondary-text");
        var text = new Div();
        for (int i = 0; i < mail.text().size(); i++) {
            if (i > 0) {
                text.add(link(mail));
            }
            addWithLinks(text, mail.text().get(i));
        }
        text.addClassName("outbox-mail-text");
        text.setId("outbox-mail-text");
        dialog.add(to, text);
        if (mail.attachmentName() != null) {
            var attachment = new Paragraph(getTranslation("outbox.mail.attachment", mail.attachmentName()));
            attachment.addClassName("secondary-text");
            dialog.add(attachment);
        }
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.setWidth("min(44rem, 98vw)");
        dialog.open();
        return dialog;
    }

    /** The text, with the application's own addresses in it (the login, a customer's page) to click. */
    private void addWithLinks(Div text, String part) {
        var addresses = ADDRESS.matcher(part);
        var from = 0;
        while (addresses.find()) {
            var address = addresses.group();
            if (!address.startsWith(ownLinks)) {
                continue;
            }
            text.add(new Text(part.substring(from, addresses.start())));
            var link = new Anchor(address, address);
            link.setTarget(AnchorTarget.BLANK);
            link.addClassName("outbox-mail-address");
            text.add(link);
            from = addresses.end();
        }
        text.add(new Text(part.substring(from)));
    }

    /** A held mail's one-time link (to set a password, or to sign in), to pass on; or what became of it. */
    private Component link(OutboxMail mail) {
        if (mail.link() != null) {
            var link = new Anchor(mail.link(), mail.link());
            link.setTarget(AnchorTarget.BLANK);
            link.addClassName("outbox-mail-link");
            return link;
        }
        var gone = new Span(getTranslation("outbox.link." + mail.row().status().name()));
        gone.addClassName("outbox-mail-link-gone");
        return gone;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.outbox.title") + " · " + getTranslation("app.name");
    }
}
