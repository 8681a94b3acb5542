package no.ambisjon.meeting.ui;

import no.ambisjon.base.ui.LocalisedMultiSelect;
import no.ambisjon.base.ui.LocalisedDateTimePicker;
import java.time.LocalDate;
import no.ambisjon.base.ui.DateFields;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import no.ambisjon.base.ui.EmptyState;
import no.ambisjon.base.ui.TimeText;
import no.ambisjon.customer.CustomerPeople;
import no.ambisjon.customer.CustomerService;
import no.ambisjon.customer.CustomerSummary;
import no.ambisjon.meeting.MeetingLifecycleService;
import no.ambisjon.meeting.MeetingQueryService;
import no.ambisjon.meeting.MeetingSummary;
import no.ambisjon.okr.ui.OkrView;
import no.ambisjon.security.CurrentUser;
import no.ambisjon.security.Person;
import no.ambisjon.security.Role;

/** A customer's triad meetings: the next ones and the minutes of earlier ones. */
@Route("customers/:slug/meetings")
@PermitAll
public class MeetingsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CustomerService customers;
    private final MeetingQueryService meetings;
    private final MeetingLifecycleService lifecycle;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final CustomerPeople people;
    private CustomerSummary customer;

    MeetingsView(CustomerService customers, MeetingQueryService meetings, MeetingLifecycleService lifecycle,
                 CurrentUser currentUser, Clock clock, CustomerPeople people) {
        this.clock = clock;
        this.people = people;
        this.customers = customers;
        this.meetings = meetings;
        this.lifecycle = lifecycle;
        this.currentUser = currentUser;
        addClassName("meetings-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        customer = customers.getBySlug(event.getRouteParameters().get(OkrView.SLUG).orElse(""));
        render();
    }

    private void render() {
        removeAll();
        var back = new RouterLink(customer.name(), OkrView.class, OkrView.routeTo(customer.slug()));
        back.addClassName("breadcrumb");
        add(back, new H1(getTranslation("meetings.title")));
        var mayRun = currentUser.require().role().isAgencyStaff();
        if (mayRun) {
            var schedule = new Button(getTranslation("meetings.schedule"), VaadinIcon.CALENDAR.create(),
                    e -> scheduleDialog().open());
            schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            schedule.setId("schedule-meeting");
            add(schedule);
        }
        var list = meetings.meetings(customer.id());
        if (list.isEmpty()) {
            add(new EmptyState(VaadinIcon.GROUP, getTranslation("meetings.empty.title"),
                    getTranslation(mayRun ? "meetings.empty.runner" : "meetings.empty.customer")));
            return;
        }
        var rows = new Div();
        rows.addClassName("meeting-list");
        list.forEach(m -> rows.add(row(m)));
        add(rows);
    }

    private RouterLink row(MeetingSummary meeting) {
        var link = new RouterLink(MeetingView.class, new RouteParameters("id", String.valueOf(meeting.id().value())));
        link.addClassName("meeting-row");
        var when = new Span(TimeText.format(meeting.scheduledAt(), getLocale()));
        when.addClassName("meeting-when");
        var state = new Span(getTranslation("meeting.state." + meeting.state().name()));
        state.addClassNames("badge", "meeting-state-" + meeting.state().name().toLowerCase());
        var who = new Span(meeting.attendees() == null ? "" : meeting.attendees());
        who.addClassName("secondary-text");
        link.add(when, state, who);
        return link;
    }

    private Dialog scheduleDialog() {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("meetings.schedule"));
        var when = new LocalisedDateTimePicker(getTranslation("meetings.when"));
        when.setId("meeting-when");
        when.setLocale(getLocale());
        var today = LocalDate.now(clock.withZone(TimeText.ZONE));
        DateFields.within(when, today.minusYears(1), today.plusYears(2));
        when.setValue(LocalDateTime.now(clock).plusDays(7).with(LocalTime.of(10, 0)));
        var everyone = people.people(customer.id());
        var attendees = new LocalisedMultiSelect<Person>(getTranslation("meetings.attendees"));
        attendees.setItems(everyone);
        attendees.setItemLabelGenerator(person -> getTranslation("meetings.attendee", person.displayName(),
                getTranslation("role." + person.role().name())));
        attendees.setSelectedItemsOnTop(true);
        attendees.setAutoExpand(MultiSelectComboBox.AutoExpandMode.VERTICAL);
        attendees.setId("meeting-attendees");
        attendees.setWidthFull();
        attendees.setHelperText(getTranslation("meetings.attendees.help"));
        var me = currentUser.require().id();
        attendees.setValue(everyone.stream()
                .filter(person -> person.id() == me || person.role() == Role.CUSTOMER_EDITOR).toList());
        var guests = new TextField(getTranslation("meetings.guests"));
        guests.setId("meeting-guests");
        guests.setMaxLength(MeetingLifecycleService.MAX_GUESTS);
        guests.setWidthFull();
        guests.setHelperText(getTranslation("meetings.guests.help"));
        dialog.add(new VerticalLayout(when, attendees, guests));
        dialog.setWidth("min(34rem, 98vw)");
        var save = new Button(getTranslation("meetings.schedule.save"), e -> {
            if (!DateFields.accepted(when)) {
                return;
            }
            if (when.getValue() == null) {
                when.setInvalid(true);
                when.setErrorMessage(getTranslation("validation.required.plain"));
                return;
            }
            var id = lifecycle.schedule(customer.id(), when.getValue().atZone(TimeText.ZONE).toInstant(),
                    attendees.getValue().stream().map(Person::id).toList(), guests.getValue());
            dialog.close();
            UI.getCurrent().navigate(MeetingView.class, new RouteParameters("id", String.valueOf(id.value())));
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("meeting-save");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meetings.title") + (customer == null ? "" : " · " + customer.name())
                + " · " + getTranslation("app.name");
    }
}
