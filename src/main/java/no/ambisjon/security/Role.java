package no.ambisjon.security;

/** Who a user is to the portal. Agency staff may see several customers; a customer login sees its own. */
public enum Role {
    ADMIN,
    CONSULTANT,
    CUSTOMER_EDITOR,
    CUSTOMER_VIEWER;

    /** Role names for {@code @RolesAllowed} and {@code hasRole(...)}. */
    public static final class Name {
        public static final String ADMIN = "ADMIN";
        public static final String CONSULTANT = "CONSULTANT";
        public static final String CUSTOMER_EDITOR = "CUSTOMER_EDITOR";
        public static final String CUSTOMER_VIEWER = "CUSTOMER_VIEWER";

        private Name() {
        }
    }

    public boolean isAgencyStaff() {
        return this == ADMIN || this == CONSULTANT;
    }

    /** Those who check in on a customer's key results week by week get the weekly reminder. */
    public boolean isRemindedToCheckIn() {
        return this == CONSULTANT || this == CUSTOMER_EDITOR;
    }

    public boolean isCustomerLogin() {
        return !isAgencyStaff();
    }

    /** Whether this role may do less than {@code other}: a consultant less than an admin, a viewer less than an editor. */
    public boolean isLowerThan(Role other) {
        return isAgencyStaff() == other.isAgencyStaff() && ordinal() > other.ordinal();
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
