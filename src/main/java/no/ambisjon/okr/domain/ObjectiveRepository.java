package no.ambisjon.okr.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ObjectiveRepository extends JpaRepository<Objective, Long> {

    @Query("""
            select o from Objective o
            where o.customerId = :customerId and o.quarterYear = :year and o.quarterNumber = :number
              and o.status <> no.ambisjon.okr.ObjectiveStatus.ARCHIVED
            order by o.id""")
    List<Objective> findForQuarter(long customerId, int year, int number);

    @Query("""
            select o from Objective o
            where o.customerId in :customerIds and o.quarterYear = :year and o.quarterNumber = :number
              and o.status <> no.ambisjon.okr.ObjectiveStatus.ARCHIVED
            order by o.id""")
    List<Objective> findForQuarterOfCustomers(Collection<Long> customerIds, int year, int number);

    @Query("""
            select distinct o.quarterYear * 10 + o.quarterNumber from Objective o
            where o.customerId = :customerId and o.status <> no.ambisjon.okr.ObjectiveStatus.ARCHIVED""")
    List<Integer> findQuarterKeys(long customerId);
}
