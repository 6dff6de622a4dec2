/**
 * Why a stored file is not accepted, in words a clerk understands, in Vietnamese and English. Each
 * side avoids " / ": the API joins them as `"vi / en"` and the web app splits on it.
 */
export interface FileRefusal {
  code: FileRefusalCode;
  vi: string;
  en: string;
}

export type FileRefusalCode =
  | 'not-its-type'
  | 'damaged'
  | 'too-many-parts'
  | 'too-large-unpacked'
  | 'abnormal-compression'
  | 'false-size'
  | 'unsafe-path'
  | 'duplicate-part'
  | 'encrypted-part'
  | 'executable'
  | 'missing-part'
  | 'odf-mimetype'
  | 'pdf-active-content'
  | 'pdf-embedded-file'
  | 'pdf-html';

const MIB = 1024 * 1024;
const refused = (code: FileRefusalCode, vi: string, en: string): FileRefusal => ({ code, vi: `${vi} — không nhận`, en: `${en} — refused` });
const upper = (extension: string) => extension.toUpperCase();

/** The refusals of a file whose name ends in `.extension` (`docx`, `pdf`…). */
export const refusalsFor = (extension: string) => {
  const file = `Tệp .${extension}`;
  const theFile = `The .${extension} file`;
  return {
    notItsType: () => refused('not-its-type', `Nội dung tệp không phải ${upper(extension)}`, `The file is not a real ${upper(extension)} file`),
    damaged: () => refused('damaged', `${file} bị hỏng, không mở được`, `${theFile} is damaged and cannot be opened`),
    tooManyParts: (count: number, limit: number) =>
      refused('too-many-parts', `${file} chứa quá nhiều thành phần (${count} > ${limit})`, `${theFile} holds too many parts (${count} > ${limit})`),
    tooLargeUnpacked: (limitBytes: number) =>
      refused('too-large-unpacked', `${file} giải nén ra hơn ${limitBytes / MIB} MB (tệp nén bất thường)`, `${theFile} unpacks to more than ${limitBytes / MIB} MB (an abnormal archive)`),
    abnormalCompression: (part: string, ratio: number) =>
      refused('abnormal-compression', `${file} có thành phần nén bất thường (${part}, ${ratio}:1)`, `${theFile} has an abnormally compressed part (${part}, ${ratio}:1)`),
    falseSize: (part: string) => refused('false-size', `${file} khai sai kích thước thành phần (${part})`, `${theFile} misstates the size of a part (${part})`),
    unsafePath: (part: string) => refused('unsafe-path', `${file} chứa đường dẫn không an toàn (${part})`, `${theFile} contains an unsafe path (${part})`),
    duplicatePart: (part: string) => refused('duplicate-part', `${file} có hai thành phần trùng tên (${part})`, `${theFile} has two parts with the same name (${part})`),
    encryptedPart: (part: string) => refused('encrypted-part', `${file} có thành phần bị mã hoá, không kiểm tra được (${part})`, `${theFile} has an encrypted part that cannot be checked (${part})`),
    executable: (part: string) => refused('executable', `${file} chứa tệp chạy được (${part})`, `${theFile} contains an executable file (${part})`),
    missingPart: (part: string, kind: { vi: string; en: string }) =>
      refused('missing-part', `${file} thiếu phần bắt buộc ${part}, không phải ${kind.vi} hợp lệ`, `${theFile} lacks the required part ${part}, so it is not a valid ${kind.en}`),
    odfMimetype: () =>
      refused('odf-mimetype', `${file} không mở đầu bằng khai báo mimetype của OpenDocument`, `${theFile} does not start with its OpenDocument mimetype declaration`),
    pdfActiveContent: (marker: string) =>
      refused('pdf-active-content', `Tệp PDF chứa mã chạy tự động hoặc lệnh mở chương trình (${marker})`, `The PDF contains scripts or actions that run programs (${marker})`),
    pdfEmbeddedFile: () =>
      refused('pdf-embedded-file', 'Tệp PDF có tệp khác gắn bên trong; hãy đính kèm từng tệp riêng', 'The PDF carries other files inside it; attach each file on its own'),
    pdfHtml: (marker: string) => refused('pdf-html', `Tệp PDF đồng thời chứa mã trang web (${marker})`, `The PDF also contains web page code (${marker})`),
  };
};
