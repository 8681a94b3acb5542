package no.ambisjon.mail.domain;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface OutgoingMailRepository extends JpaRepository<OutgoingMail, Long> {

    /** Mails waiting to be sent now, oldest first. */
    @Query("""
            select m.id from OutgoingMail m where m.status = no.ambisjon.mail.MailStatus.QUEUED
            and (m.nextAttemptAt is null or m.nextAttemptAt <= :now) order by m.id""")
    List<Long> findDueIds(Instant now, Pageable page);

    /**
     * The mail, locked for this transaction, while it still waits: a node that asks for it at the
     * same time waits for the lock, and then finds it sent.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from OutgoingMail m where m.id = :id and m.status = no.ambisjon.mail.MailStatus.QUEUED")
    Optional<OutgoingMail> lockWaiting(long id);

    @Query("select m from OutgoingMail m order by m.createdAt desc, m.id desc")
    List<OutgoingMail> findNewestFirst(Pageable page);
}
