package no.ambisjon.meeting.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeetingRepository extends JpaRepository<Meeting, Long> {

    List<Meeting> findByCustomerIdOrderByScheduledAtDesc(long customerId);

    @Query("select m.scheduledAt from Meeting m where m.id = :id")
    Instant scheduledAtOf(long id);

    /** Each customer's next planned meeting from {@code from}. */
    @Query("""
            select new no.ambisjon.meeting.domain.NextMeeting(m.customerId, min(m.scheduledAt)) from Meeting m
            where m.customerId in :customerIds and m.state = no.ambisjon.meeting.MeetingState.PLANNED
              and m.scheduledAt >= :from
            group by m.customerId""")
    List<NextMeeting> findNextPlanned(Collection<Long> customerIds, Instant from);
}
