package no.ambisjon.security.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface LoginAttemptRepository extends JpaRepository<LoginAttempt, Long> {

    /** Failed attempts on a username from an address since a time and after an attempt, and the latest of them. */
    @Query("""
            select new no.ambisjon.security.domain.Failures(count(a), max(a.at)) from LoginAttempt a
            where a.usernameKey = :usernameKey and a.address = :address and a.succeeded = false and a.at > :since
              and a.id > :afterAttempt""")
    Failures failuresOfNameFromAddress(String usernameKey, String address, Instant since, long afterAttempt);

    @Query("""
            select new no.ambisjon.security.domain.Failures(count(a), max(a.at)) from LoginAttempt a
            where a.address = :address and a.succeeded = false and a.at > :since""")
    Failures failuresFromAddress(String address, Instant since);

    /** How many addresses failed on a username since a time and after an attempt, and the latest failure. */
    @Query("""
            select new no.ambisjon.security.domain.Failures(count(distinct a.address), max(a.at)) from LoginAttempt a
            where a.usernameKey = :usernameKey and a.succeeded = false and a.at > :since and a.id > :afterAttempt""")
    Failures addressesFailingOnName(String usernameKey, Instant since, long afterAttempt);

    /** Failed attempts on names nobody has, from an address, since a time. */
    @Query("""
            select new no.ambisjon.security.domain.Failures(count(a), max(a.at)) from LoginAttempt a
            where a.address = :address and a.accountId is null and a.succeeded = false and a.at > :since""")
    Failures failuresOnUnknownNamesFromAddress(String address, Instant since);

    /** The id of the latest attempt of all, 0 without one. */
    @Query("select coalesce(max(a.id), 0) from LoginAttempt a")
    long latestId();

    /** The id of the latest successful login of a username from an address, 0 without one. */
    @Query("""
            select coalesce(max(a.id), 0) from LoginAttempt a
            where a.usernameKey = :usernameKey and a.address = :address and a.succeeded = true""")
    long lastSuccessOfNameFromAddress(String usernameKey, String address);

    /**
     * Every account and address with at least {@code limit} failures in a row since a time: after the
     * latest success from there, and after the account's failures were last cleared.
     */
    @Query("""
            select new no.ambisjon.security.domain.AddressFailures(a.accountId, a.address, count(a), max(a.at))
            from LoginAttempt a, UserAccount u
            where u.id = a.accountId and a.succeeded = false and a.at > :since
              and a.id > u.attemptsClearedAfter
              and a.id > coalesce((select max(s.id) from LoginAttempt s
                                   where s.accountId = a.accountId and s.address = a.address and s.succeeded = true), 0)
            group by a.accountId, a.address having count(a) >= :limit""")
    List<AddressFailures> addressesWithFailures(Instant since, long limit);

    @Modifying
    @Query("delete from LoginAttempt a where a.succeeded = false and a.at < :before")
    int deleteFailuresBefore(Instant before);

    @Modifying
    @Query("delete from LoginAttempt a where a.succeeded = true and a.at < :before")
    int deleteSuccessesBefore(Instant before);
}
