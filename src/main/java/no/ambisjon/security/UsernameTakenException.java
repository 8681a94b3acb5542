package no.ambisjon.security;

/** Another user already has the username (compared without regard to case). */
public class UsernameTakenException extends RuntimeException {
}
