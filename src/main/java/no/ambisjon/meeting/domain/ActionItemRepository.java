package no.ambisjon.meeting.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ActionItemRepository extends JpaRepository<ActionItem, Long> {

    List<ActionItem> findByMeetingIdOrderById(long meetingId);

    /** Open items agreed in earlier meetings of the customer: they come up again. */
    @Query("""
            select a from ActionItem a
            where a.customerId = :customerId and a.done = false and a.meetingId <> :meetingId
              and a.meetingId in (select m.id from Meeting m where m.customerId = :customerId
                                  and m.state = no.ambisjon.meeting.MeetingState.CLOSED)
            order by a.dueDate, a.id""")
    List<ActionItem> findOpenFromEarlierMeetings(long customerId, long meetingId);

    /** The customer's items ticked off after {@code since}. */
    @Query("select count(a) from ActionItem a where a.customerId = :customerId and a.done = true and a.changedAt > :since")
    long countDoneSince(long customerId, java.time.Instant since);

    /** The open items of each of the customers that have any. */
    @Query("""
            select new no.ambisjon.meeting.domain.OpenActions(a.customerId, count(a)) from ActionItem a
            where a.customerId in :customerIds and a.done = false
            group by a.customerId""")
    List<OpenActions> countOpenByCustomer(Collection<Long> customerIds);
}
