package no.ambisjon.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import no.ambisjon.security.domain.UserAccount;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * A keyed hash of a name as typed at the login, so that what someone typed there is never stored.
 * Its key is read (or made) once, as the application starts and before it serves a request: read
 * on the first login instead, every login arriving at once would hold a database connection while
 * waiting for another, and a burst of them would empty the pool.
 */
@Component
class NameKeys implements SmartInitializingSingleton {

    private final InstallSecrets secrets;
    private volatile Mac prototype;

    NameKeys(InstallSecrets secrets) {
        this.secrets = secrets;
    }

    @Override
    public void afterSingletonsInstantiated() {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secrets.secret("login-attempts"), "HmacSHA256"));
            prototype = mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    String of(String username) {
        try {
            var mac = (Mac) prototype.clone();
            return HexFormat.of().formatHex(mac.doFinal(UserAccount.normalise(username).getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }
}
