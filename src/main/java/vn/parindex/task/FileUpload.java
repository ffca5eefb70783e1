package vn.parindex.task;

/** An uploaded evidence file as received, before any check. */
public record FileUpload(String name, byte[] content, EvidenceMeta meta) {}
