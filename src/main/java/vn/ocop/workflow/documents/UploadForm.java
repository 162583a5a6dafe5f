package vn.ocop.workflow.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.commons.fileupload.FileItemIterator;
import org.apache.commons.fileupload.FileItemStream;
import org.apache.commons.fileupload.FileUpload;
import org.apache.commons.fileupload.FileUploadBase.SizeLimitExceededException;
import org.apache.commons.fileupload.FileUploadException;
import org.apache.commons.fileupload.InvalidFileNameException;
import org.apache.commons.fileupload.UploadContext;

/**
 * An upload as both doors receive it: a multipart/form-data body with the parts {@code type} and {@code file}.
 * It is read as a stream and never past the limit, so a too-large upload costs no more memory than the limit,
 * and is refused (413) naming the limit; a body that announces more than the limit is refused before a byte of
 * it is read.
 *
 * @param fileName the name the client sent, as sent (see {@link FileCheck#shownName})
 */
record UploadForm(String type, String fileName, byte[] content) {

  static final String TYPE = "type";
  static final String FILE = "file";
  /** Room for the parts' headers, the boundaries and the type field around the file. */
  private static final long ENVELOPE = 64 * 1024;
  private static final int TYPE_LENGTH = 100;

  static UploadForm read(String contentType, Long announcedLength, InputStream body, long maxFileSize) {
    long contentLength = announcedLength == null ? -1 : announcedLength;
    if (contentType == null || !contentType.toLowerCase().startsWith("multipart/form-data")) {
      throw new DocumentRefused(DocumentRefused.BAD_REQUEST, "Gửi tệp dạng multipart/form-data với các phần '" + TYPE
          + "' và '" + FILE + "' / send multipart/form-data with the parts '" + TYPE + "' and '" + FILE + "'");
    }
    if (contentLength > maxFileSize + ENVELOPE) {
      throw tooLarge(maxFileSize);
    }
    FileUpload upload = new FileUpload();
    upload.setHeaderEncoding(StandardCharsets.UTF_8.name());
    upload.setSizeMax(maxFileSize + ENVELOPE);
    upload.setFileCountMax(10);
    String type = null;
    String fileName = null;
    byte[] content = null;
    try {
      FileItemIterator parts = upload.getItemIterator(new Body(contentType, contentLength, body));
      while (parts.hasNext()) {
        FileItemStream part = parts.next();
        try (InputStream value = part.openStream()) {
          if (TYPE.equals(part.getFieldName()) && part.isFormField()) {
            type = new String(value.readNBytes(TYPE_LENGTH), StandardCharsets.UTF_8).trim();
          } else if (FILE.equals(part.getFieldName()) && content == null) {
            fileName = nameOf(part);
            content = value.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileSize + 1));
            if (content.length > maxFileSize) {
              throw tooLarge(maxFileSize);
            }
          }
        }
      }
    } catch (SizeLimitExceededException e) {
      throw tooLarge(maxFileSize);
    } catch (FileUploadException | IOException e) {
      if (e.getCause() instanceof SizeLimitExceededException) {
        throw tooLarge(maxFileSize);
      }
      throw new DocumentRefused(DocumentRefused.BAD_REQUEST, "Không đọc được nội dung multipart / the multipart body"
          + " cannot be read: " + e.getMessage());
    }
    if (content == null) {
      throw new DocumentRefused(DocumentRefused.BAD_REQUEST, FILE + ": bắt buộc, tệp cần tải lên / required, the file"
          + " to upload");
    }
    if (content.length == 0) {
      throw new DocumentRefused(DocumentRefused.BAD_REQUEST, FILE + ": tệp '" + FileCheck.shownName(fileName)
          + "' trống / file '" + FileCheck.shownName(fileName) + "' is empty");
    }
    return new UploadForm(type, fileName, content);
  }

  private static String nameOf(FileItemStream part) {
    try {
      return part.getName();
    } catch (InvalidFileNameException withNul) {
      return withNul.getName();
    }
  }

  static DocumentRefused tooLarge(long maxFileSize) {
    return new DocumentRefused(DocumentRefused.TOO_LARGE, "Tệp lớn hơn giới hạn " + Sizes.shown(maxFileSize)
        + " cho một tệp / the file is larger than the limit of " + Sizes.shown(maxFileSize)
        + " per file (ocop.documents.max-file-size)");
  }

  /** The request body as the parser reads it. */
  private record Body(String contentType, long contentLength, InputStream stream) implements UploadContext {
    @Override
    public long contentLength() {
      return contentLength;
    }

    @Override
    public String getCharacterEncoding() {
      return StandardCharsets.UTF_8.name();
    }

    @Override
    @Deprecated
    public int getContentLength() {
      return (int) Math.min(Integer.MAX_VALUE, contentLength);
    }

    @Override
    public String getContentType() {
      return contentType;
    }

    @Override
    public InputStream getInputStream() {
      return stream;
    }
  }
}
