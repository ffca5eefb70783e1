package vn.parindex.round;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import vn.parindex.account.Actor;
import vn.parindex.input.NotFoundException;
import vn.parindex.task.EvidenceUploads;
import vn.parindex.unit.Unit;

/**
 * A unit's evidence documents as its round pages show them, and their upload. The same content with
 * the same number uploaded again (a second click, a retry, two clicks at once) gives back the
 * document already stored: the unique index decides, the content is stored once per SHA-256.
 */
@Service
public class EvidenceLibrary {

  /** Types a browser shows by itself; every other type leaves as a download. */
  private static final Set<String> VIEWABLE = Set.of("application/pdf", "image/png", "image/jpeg");

  /** A stored document's id, and whether it was there already. */
  public record Kept(long id, boolean existing) {}

  /** A document as the evidence page lists it, with the criteria of this round that cite it. */
  public record Item(
      long id,
      String number,
      LocalDate date,
      String issuer,
      String title,
      String fileName,
      String contentType,
      long size,
      List<String> codes) {

    public boolean viewable() {
      return VIEWABLE.contains(contentType);
    }

    public boolean image() {
      return viewable() && contentType.startsWith("image/");
    }
  }

  /** The evidence page of one unit in one round. */
  public record Sheet(
      long roundId,
      int year,
      String unitCode,
      String unitName,
      List<Item> items,
      boolean canUpload) {}

  /** A document's content, shown in the page ({@code inline}) or downloaded. */
  public record Content(String fileName, String contentType, byte[] bytes, boolean inline) {}

  private final RoundLoader loader;
  private final Rounds rounds;
  private final EvidenceDocuments documents;
  private final EvidenceUploads uploads;
  private final RoundAccess access;

  EvidenceLibrary(
      RoundLoader loader,
      Rounds rounds,
      EvidenceDocuments documents,
      EvidenceUploads uploads,
      RoundAccess access) {
    this.loader = loader;
    this.rounds = rounds;
    this.documents = documents;
    this.uploads = uploads;
    this.access = access;
  }

  public Sheet sheet(long roundId, String unitCode) {
    Round round = loader.round(roundId);
    Unit unit = loader.unit(unitCode);
    RoundUnit row = row(roundId, unit);
    Map<Long, SortedSet<String>> uses = documents.uses(row.id());
    List<Item> items =
        documents.ofUnit(unit.id()).stream()
            .map(EvidenceDocuments.Listed::document)
            .map(d -> item(d, List.copyOf(uses.getOrDefault(d.id(), new java.util.TreeSet<>()))))
            .toList();
    return new Sheet(round.id(), round.year(), unit.code(), unit.name(), items, canUpload(unit));
  }

  /** Uploads a document of the unit from the page: metadata checked first, then the content. */
  public Kept upload(
      String unitCode,
      String fileName,
      byte[] content,
      String number,
      String date,
      String issuer,
      String title,
      Actor by) {
    Unit unit = loader.unit(unitCode);
    return upload(unit.id(), fileName, content, number, date, issuer, title, by);
  }

  Kept upload(
      long unitId,
      String fileName,
      byte[] content,
      String number,
      String date,
      String issuer,
      String title,
      Actor by) {
    access.checkEvidence(unitId);
    EvidenceForm form = EvidenceForm.of(number, date, issuer, title);
    if (content == null || content.length == 0) {
      throw Refusal.field("file", "required");
    }
    return keep(unitId, uploads.store(fileName, content), form, by);
  }

  /** The unit's document of this content and number: the one stored, else a new one. */
  Kept keep(long unitId, EvidenceUploads.Checked file, EvidenceForm form, Actor by) {
    var same = documents.same(unitId, file.sha256(), form.number());
    if (same.isPresent()) {
      return new Kept(same.get(), true);
    }
    try {
      return new Kept(documents.insert(unitId, file, form, by.id(), by.stored()), false);
    } catch (DuplicateKeyException raced) {
      // the other click stored it a moment ago: that one is the document
      return new Kept(documents.same(unitId, file.sha256(), form.number()).orElseThrow(), true);
    }
  }

  /** A document of the unit, read by someone who may see the unit; 404 otherwise. */
  public Content content(String unitCode, long documentId) {
    Unit unit = loader.unit(unitCode);
    access.checkRead(unit.id());
    EvidenceDocuments.Document d =
        documents
            .find(documentId)
            .filter(found -> found.unitId() == unit.id())
            .orElseThrow(() -> new NotFoundException("round.evidence.notFound", documentId));
    byte[] bytes = uploads.read(documents.sha256(documentId).orElseThrow());
    return new Content(d.fileName(), d.contentType(), bytes, VIEWABLE.contains(d.contentType()));
  }

  /** The unit's row in the round, once the reader may see the unit. */
  RoundUnit row(long roundId, Unit unit) {
    access.checkRead(unit.id());
    return loader.row(roundId, unit);
  }

  private boolean canUpload(Unit unit) {
    try {
      access.checkEvidence(unit.id());
      return true;
    } catch (AccessDeniedException | NotFoundException refused) {
      return false;
    }
  }

  private static Item item(EvidenceDocuments.Document d, List<String> codes) {
    return new Item(
        d.id(),
        d.number(),
        d.date(),
        d.issuer(),
        d.title(),
        d.fileName(),
        d.contentType(),
        d.size(),
        codes);
  }
}
