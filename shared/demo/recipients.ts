import type { RecipientList } from '../compiled/model.ts';

/** The plan's "Nơi nhận", as distribution lists; addresses use the reserved `.example` domain. */
export const demoRecipientLists: RecipientList[] = [
  { listId: 'ban-thuong-vu-tinh-uy', name: 'Ban Thường vụ Tỉnh ủy', capacity: '(báo cáo)', emails: ['vanphong@tinhuy-quangngai.example'], external: true },
  { listId: 'ban-dan-van-tinh-uy', name: 'Ban Dân vận Tỉnh ủy', capacity: '(báo cáo)', emails: ['bandanvan@tinhuy-quangngai.example'], external: true },
  { listId: 'ubnd-tinh', name: 'UBND tỉnh', capacity: '(báo cáo)', emails: ['vanthu@ubnd-quangngai.example'], external: true },
  { listId: 'so-noi-vu', name: 'Sở Nội vụ tỉnh', capacity: '', emails: ['vanthu@snv-quangngai.example'], external: true },
  { listId: 'lanh-dao-so', name: 'GĐ, các PGĐ Sở', capacity: '', emails: ['giam-doc@khcn-quangngai.example', 'pho-giam-doc@khcn-quangngai.example'], external: false },
  { listId: 'cong-doan', name: 'Công đoàn Sở', capacity: '(phối hợp)', emails: ['cong-doan@khcn-quangngai.example'], external: false },
  { listId: 'cac-don-vi', name: 'Các phòng, đơn vị thuộc Sở', capacity: '(thực hiện)', emails: [], external: false },
  { listId: 'bbt-trang-ttdt', name: 'BBT Trang TTĐT Sở', capacity: '', emails: [], external: false },
];
