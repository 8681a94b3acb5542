package no.ambisjon.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void a_password_needs_twelve_characters_and_may_not_be_common_or_the_username() {
        assertThat(policy.problem("kort-passord", "kari@ambisjon.no")).isEmpty();
        assertThat(policy.problem("elleve-tegn", "kari@ambisjon.no")).contains("password.too-short");
        assertThat(policy.problem("Passord123456", "kari@ambisjon.no")).contains("password.too-common");
        assertThat(policy.problem("kari-er-best-2026", "kari@ambisjon.no")).contains("password.contains-username");
    }

    @Test
    void temporary_passwords_pass_the_policy_and_differ() {
        var first = policy.temporaryPassword();
        assertThat(policy.problem(first, "kari@ambisjon.no")).isEmpty();
        assertThat(first).hasSize(19).isNotEqualTo(policy.temporaryPassword());
    }

    @Test
    void a_password_of_spaces_or_longer_than_bcrypt_reads_is_refused_with_a_message() {
        assertThat(policy.problem(" ".repeat(12), "kari@ambisjon.no")).contains("password.blank");
        assertThat(policy.problem("\t \u00a0".repeat(6), "kari@ambisjon.no")).contains("password.blank");
        assertThat(policy.problem("a".repeat(72), "kari@ambisjon.no")).isEmpty();
        assertThat(policy.problem("a".repeat(73), "kari@ambisjon.no")).contains("password.too-long");
        assertThat(policy.problem("æ".repeat(36), "kari@ambisjon.no")).as("72 bytes").isEmpty();
        assertThat(policy.problem("æ".repeat(37), "kari@ambisjon.no")).as("74 bytes").contains("password.too-long");
        assertThat(policy.problem("fjell-🏔️-".repeat(6), "kari@ambisjon.no")).contains("password.too-long");
    }
}
