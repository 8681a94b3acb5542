package no.ambisjon.coach;

/** The control questions of the agency's OKR guide: O for the objective, K for its key results. */
public enum CheckId {
    O1, O2, O3, O4, O5, O6, K1, K2, K3, K4, K5;

    /** The questions only the user can answer; the coach asks, the user confirms. */
    public boolean isConfirmedByUser() {
        return switch (this) {
            case O2, O3, O4, O5, K4, K5 -> true;
            default -> false;
        };
    }
}
