package no.ambisjon;

import static no.ambisjon.demo.DemoData.ADMIN;

import no.ambisjon.base.i18n.Language;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import no.ambisjon.customer.CustomerAdminService;
import no.ambisjon.customer.CustomerForm;
import no.ambisjon.customer.CustomerId;
import no.ambisjon.security.NewUser;
import no.ambisjon.security.PasswordLinkService;
import no.ambisjon.security.Role;
import no.ambisjon.security.UserAdminService;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A customer of a test's own, with its own consultant, editor and viewer, made the way an admin
 * makes them: tests that change data never touch what the demo data shows. Every login has chosen
 * the password {@link #PASSWORD} with the link in its invitation.
 */
@Component
public class TestCustomers {

    public static final String PASSWORD = "nordavind-over-vidda";
    private static final AtomicInteger NEXT = new AtomicInteger(1);

    private final SignIn signIn;
    private final CustomerAdminService customerAdmin;
    private final UserAdminService userAdmin;
    private final PasswordLinkService passwordLinks;
    private final MailLinks mailLinks;

    TestCustomers(SignIn signIn, CustomerAdminService customerAdmin, UserAdminService userAdmin,
                  PasswordLinkService passwordLinks, MailLinks mailLinks) {
        this.signIn = signIn;
        this.customerAdmin = customerAdmin;
        this.userAdmin = userAdmin;
        this.passwordLinks = passwordLinks;
        this.mailLinks = mailLinks;
    }

    /**
     * @param consultant agency staff assigned to it (and to no other customer)
     * @param editor     the customer's editor; {@link #viewer} its viewer
     */
    public record TestCustomer(CustomerId id, String name, String shortName, String slug, String consultant,
                               String editor, String viewer) {

        /** How the customer's logins are shown: "Redaktør 12" for the editor of "Testkunde 12 AS". */
        public String editorName() {
            return "Redaktør " + number();
        }

        public String viewerName() {
            return "Leser " + number();
        }

        public String consultantName() {
            return "Konsulent " + number();
        }

        private String number() {
            return slug.substring(slug.lastIndexOf('-') + 1);
        }
    }

    /** A new customer, its consultant and its two logins. Whoever was signed in on this thread stays signed in. */
    public TestCustomer create() {
        return create(Language.NB);
    }

    /** As {@link #create()}, with every login reading the app in {@code language}. */
    public TestCustomer create(Language language) {
        var before = SecurityContextHolder.getContext().getAuthentication();
        var n = NEXT.getAndIncrement();
        var slug = "testkunde-" + n;
        try {
            signIn.as(ADMIN);
            var consultant = login("konsulent-" + n + "@test.ambisjon.no", "Konsulent " + n, Role.CONSULTANT, null, language);
            var form = new CustomerForm();
            form.setName("Testkunde " + n + " AS");
            form.setSlug(slug);
            form.setShortNames("Testkunde " + n);
            form.setConsultantIds(Set.of(userId(consultant)));
            var id = customerAdmin.create(form);
            var editor = login("redaktor-" + n + "@" + slug + ".no", "Redaktør " + n, Role.CUSTOMER_EDITOR, id, language);
            var viewer = login("leser-" + n + "@" + slug + ".no", "Leser " + n, Role.CUSTOMER_VIEWER, id, language);
            return new TestCustomer(id, "Testkunde " + n + " AS", "Testkunde " + n, slug, consultant, editor, viewer);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    /** An agency consultant of a test's own, assigned to no customer. */
    public String consultant() {
        var before = SecurityContextHolder.getContext().getAuthentication();
        var n = NEXT.getAndIncrement();
        try {
            signIn.as(ADMIN);
            return login("konsulent-" + n + "@test.ambisjon.no", "Konsulent " + n, Role.CONSULTANT, null, Language.NB);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    /** Made by the admin, after which the user follows the mailed link and chooses a password. */
    private String login(String username, String name, Role role, CustomerId customer, Language language) {
        var form = new NewUser();
        form.setLanguage(language);
        form.setUsername(username);
        form.setDisplayName(name);
        form.setRole(role);
        form.setCustomerId(customer == null ? null : customer.value());
        userAdmin.create(form);
        signIn.out();
        passwordLinks.setPassword(mailLinks.passwordToken(username), PASSWORD);
        signIn.as(ADMIN);
        return username;
    }

    /** The id of a user, as a service takes it. Whoever was signed in on this thread stays signed in. */
    public long idOf(String username) {
        var before = SecurityContextHolder.getContext().getAuthentication();
        try {
            signIn.as(ADMIN);
            return userId(username);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    private long userId(String username) {
        return userAdmin.users().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow().id();
    }
}
