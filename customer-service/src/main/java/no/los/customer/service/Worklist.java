package no.los.customer.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import no.los.customer.repository.CustomerRepository;
import no.los.customer.repository.WorkItemRepository;
import no.los.customer.worklist.WorkItem;
import no.los.customer.worklist.WorkItemClosure;
import no.los.customer.worklist.WorkItemCursor;
import no.los.customer.worklist.WorkItemKind;
import no.los.platform.http.Page;
import no.los.platform.outbox.Outbox;
import no.los.platform.problem.InvalidInputException;
import no.los.platform.problem.NotFoundProblem;

/**
 * The agents' work lists: open follow-ups per customer, one of each kind at most. Items are opened
 * and resolved by what happens to the customer's data, in that change's transaction; an agent closes
 * one by hand only with a reason that fits its kind.
 */
@ApplicationScoped
public class Worklist {

    @Inject
    WorkItemRepository items;

    @Inject
    CustomerRepository customers;

    @Inject
    Outbox outbox;

    /** An open item with the name of the customer it concerns, for the agent's list. */
    public record OpenItem(WorkItem item, String fullName) {
    }

    /** Opens the item unless one of its kind is already open for the customer. */
    @Transactional(TxType.MANDATORY)
    public void open(UUID customerId, WorkItemKind kind) {
        open(customerId, kind, null);
    }

    /** Opens the item with what it is about, or brings the open one's detail up to date. */
    @Transactional(TxType.MANDATORY)
    public void open(UUID customerId, WorkItemKind kind, String detail) {
        items.find(customerId, kind).ifPresentOrElse(item -> item.describe(detail),
                () -> items.persist(new WorkItem(customerId, kind, detail, OffsetDateTime.now())));
    }

    /** The customer's data now answers the item: it is closed. Answers whether one was open. */
    @Transactional(TxType.MANDATORY)
    public boolean resolve(UUID customerId, WorkItemKind kind) {
        return items.find(customerId, kind).map(item -> {
            items.delete(item);
            return true;
        }).orElse(false);
    }

    /** The kinds open for the customer. */
    @Transactional(TxType.SUPPORTS)
    public Set<WorkItemKind> openFor(UUID customerId) {
        return items.ofCustomer(customerId).stream().map(WorkItem::kind).collect(Collectors.toSet());
    }

    /** A page of the open items of one kind, oldest first. */
    @Transactional(TxType.SUPPORTS)
    public Page<OpenItem> page(WorkItemKind kind, String after, int size) {
        WorkItemCursor cursor = after == null ? null : WorkItemCursor.parse(after);
        List<WorkItem> readOneMore = items.page(kind, cursor, size + 1);
        Map<UUID, String> names = customers.namesOf(readOneMore.stream().map(WorkItem::customerId).toList());
        List<OpenItem> open = readOneMore.stream().map(item -> new OpenItem(item, names.get(item.customerId()))).toList();
        return Page.of(open, size, entry -> WorkItemCursor.of(entry.item()).toString());
    }

    /**
     * An agent closes the item by hand, for a reason that fits its kind; answers the customer it
     * concerned, for the access log.
     */
    @Transactional
    public UUID close(UUID itemId, WorkItemClosure reason) {
        WorkItem item = items.findByIdOptional(itemId).orElseThrow(() -> new NotFoundProblem("Work item"));
        outbox.lockCustomer(item.customerId());
        if (!fits(item.kind(), reason)) {
            throw new InvalidInputException("reason", "does not close a " + item.kind() + " item");
        }
        items.delete(item);
        return item.customerId();
    }

    private static boolean fits(WorkItemKind kind, WorkItemClosure reason) {
        return switch (kind) {
            case MISSING_EMAIL -> reason == WorkItemClosure.CUSTOMER_DECLINED;
            case REGISTER_MISMATCH, DECEASED, EMIGRATED, NOT_IN_REGISTER -> reason == WorkItemClosure.HANDLED;
        };
    }
}
