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
}
