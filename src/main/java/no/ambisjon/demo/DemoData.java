package no.ambisjon.demo;

/** The demo logins README lists. Every one has the password {@link #PASSWORD}. */
public final class DemoData {

    public static final String PASSWORD = "ambisjon-demo";

    public static final String ADMIN = "admin@ambisjon.no";
    /** Consultant 1: works with Fjellsport and Bølgen Kafé. */
    public static final String KARI = "kari@ambisjon.no";
    /** Consultant 2: works with Ås Økogård. */
    public static final String OLA = "ola@ambisjon.no";

    public static final String FJELLSPORT_EDITOR = "ingrid@fjellsport.no";
    public static final String FJELLSPORT_VIEWER = "per@fjellsport.no";
    public static final String BOLGEN_EDITOR = "sofie@bolgenkafe.no";
    public static final String BOLGEN_VIEWER = "lars@bolgenkafe.no";
    public static final String OKOGARD_EDITOR = "maja@asokogard.no";
    public static final String OKOGARD_VIEWER = "nils@asokogard.no";

    public static final String FJELLSPORT = "fjellsport";
    public static final String BOLGEN = "bolgen-kafe";
    public static final String OKOGARD = "as-okogard";

    private DemoData() {
    }
}
