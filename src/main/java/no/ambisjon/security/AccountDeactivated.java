package no.ambisjon.security;

/** An administrator deactivated the account: its open sessions end. */
record AccountDeactivated(long userId) {
}
