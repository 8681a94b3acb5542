package no.ambisjon.demo;

import static no.ambisjon.demo.DemoData.*;

import java.util.List;
import java.util.Set;
import no.ambisjon.base.change.Change;
import no.ambisjon.base.change.ChangeKind;
import no.ambisjon.base.change.Changes;
import no.ambisjon.base.i18n.Language;
import no.ambisjon.customer.domain.ConsultantAssignment;
import no.ambisjon.customer.domain.ConsultantAssignmentRepository;
import no.ambisjon.customer.domain.Customer;
import no.ambisjon.customer.domain.CustomerRepository;
import no.ambisjon.security.Role;
import no.ambisjon.security.domain.UserAccount;
import no.ambisjon.security.domain.UserAccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills an empty database with an agency and three customers so that the app can be tried at once.
 * On by default for the embedded database, off under the postgres profile. It writes straight to the
 * features' repositories: it is a fixture, not a use case.
 */
@Component
@ConditionalOnBooleanProperty("ambisjon.demo-data.enabled")
class DemoDataSetup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSetup.class);

    private final CustomerRepository customers;
    private final UserAccountRepository users;
    private final ConsultantAssignmentRepository assignments;
    private final PasswordEncoder passwordEncoder;
    private final OkrDemoData okrs;
    private final MeetingDemoData meetings;
    private final Changes changes;

    DemoDataSetup(CustomerRepository customers, UserAccountRepository users,
                   ConsultantAssignmentRepository assignments, PasswordEncoder passwordEncoder, OkrDemoData okrs,
                   MeetingDemoData meetings, Changes changes) {
        this.changes = changes;
        this.customers = customers;
        this.users = users;
        this.assignments = assignments;
        this.passwordEncoder = passwordEncoder;
        this.okrs = okrs;
        this.meetings = meetings;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (customers.count() > 0 || users.count() > 0) {
            return;
        }
        var fjellsport = customers.save(new Customer("Fjellsport AS", FJELLSPORT, Set.of("Fjellsport")));
        var bolgen = customers.save(new Customer("Bølgen Kafé", BOLGEN, Set.of("Bølgen")));
        var okogard = customers.save(new Customer("Ås Økogård", OKOGARD, Set.of("Økogården")));

        var password = passwordEncoder.encode(PASSWORD);
        var admin = users.save(UserAccount.agencyStaff(ADMIN, "Astrid Admin", password, Role.ADMIN));
        var kari = users.save(UserAccount.agencyStaff(KARI, "Kari Nordmann", password, Role.CONSULTANT));
        var ola = users.save(UserAccount.agencyStaff(OLA, "Ola Hansen", password, Role.CONSULTANT));
        var ingrid = customerLogins(fjellsport, FJELLSPORT_EDITOR, "Ingrid Fjeld", FJELLSPORT_VIEWER, "Per Bakken",
                password);
        var sofie = customerLogins(bolgen, BOLGEN_EDITOR, "Sofie Strand", BOLGEN_VIEWER, "Lars Møller", password);
        // One who reads Ambisjon in English: her mails come in English, Kari's for the same café in Norwegian.
        sofie.setLanguage(Language.EN);
        var maja = customerLogins(okogard, OKOGARD_EDITOR, "Maja Åsheim", OKOGARD_VIEWER, "Nils Øvrebø", password);

        assignments.save(new ConsultantAssignment(kari.getId(), fjellsport.getId()));
        assignments.save(new ConsultantAssignment(kari.getId(), bolgen.getId()));
        assignments.save(new ConsultantAssignment(ola.getId(), okogard.getId()));

        okrs.forFjellsport(fjellsport.getId(), kari, ingrid);
        okrs.forBolgen(bolgen.getId(), kari, sofie);
        okrs.forOkogard(okogard.getId(), ola, maja);

        meetings.add(fjellsport.getId(), kari, ingrid, admin,
                List.of("Kampanjen i uke 44 virket. Vi fortsetter med samme budsjett.",
                        "Snittkurven er for lav. Test gratis frakt over 1 000 kr."),
                List.of("Gratis frakt over 1 000 kr testes i to uker.", "Nyhetsbrevet får nye emnelinjer."),
                List.of("Sette opp A/B-test av emnelinjer", "Lage forslag til fraktgrense"));
        meetings.add(bolgen.getId(), kari, sofie, admin,
                List.of("Lunsjtilbudet treffer ikke. Ny meny fra 1. desember."),
                List.of("Lunsjmenyen fornyes før jul."),
                List.of("Bestille nye vindusskilt", "Sende tilbud til tre bedrifter om julecatering"));
        meetings.add(okogard.getId(), ola, maja, admin,
                List.of("Mange sier opp etter ferien. Pausefunksjon kan hjelpe."),
                List.of("Vi lager en pausefunksjon i abonnementet.", "Søkeannonser for økologisk julemat starter nå."),
                List.of("Skissere pausefunksjonen", "Sette opp søkeannonser for julemat"));
        changes.record(new DemoDataLoaded());
        log.info("Demo data loaded: 3 customers with OKRs and meetings, 9 logins (see README)");
    }

    /** The audit log says where the demo's customers and logins came from. */
    private record DemoDataLoaded() implements Change {
        @Override
        public ChangeKind kind() {
            return ChangeKind.DEMO_DATA_LOADED;
        }

        @Override
        public Long customerId() {
            return null;
        }

        @Override
        public String subject() {
            return String.join(", ", FJELLSPORT, BOLGEN, OKOGARD);
        }
    }

    /** @return the editor */
    private UserAccount customerLogins(Customer customer, String editor, String editorName, String viewer,
                                       String viewerName, String password) {
        users.save(UserAccount.customerLogin(viewer, viewerName, password, Role.CUSTOMER_VIEWER, customer.getId()));
        return users.save(UserAccount.customerLogin(editor, editorName, password, Role.CUSTOMER_EDITOR,
                customer.getId()));
    }
}
