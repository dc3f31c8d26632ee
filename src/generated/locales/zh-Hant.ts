
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'cell.invalid': `無效的值`,
'doc.cdr': `通話記錄 (CDR)`,
'doc.credit-note': `貸項通知單`,
'doc.invoice': `發票`,
'doc.report': `報告`,
'doc.unl': `通用號碼清單`,
'docs.invoice-and-reports': str`發票、${0}`,
'docs.none': `沒有文件`,
'docs.reports.one': str`${0} 份報告`,
'docs.reports.other': str`${0} 份報告`,
'error.bad-response': `賬單服務傳回的回應無法讀取。`,
'error.forbidden': `你沒有權限查看這些發票。請重新登入或聯絡你的管理員。`,
'error.generic': `無法載入發票。`,
'error.network': `無法連接賬單服務。請檢查網絡連線。`,
'error.not-found': `找不到此項目。`,
'error.rate-limited': `請求過多。請稍候再試。`,
'error.timeout': `賬單服務回應時間過長。`,
'error.unsafe-url': `此文件連結並不安全，因此已被拒絕。`,
'grid.actions-for': str`${0} 的操作`,
'grid.col.actions': `操作`,
'grid.col.amount': `金額`,
'grid.col.bcn': `客戶編號 (BCN)`,
'grid.col.customer': `客戶名稱`,
'grid.col.download': `下載`,
'grid.col.entity': `賬單實體名稱`,
'grid.col.month': `月份`,
'grid.col.number': `發票編號`,
'grid.col.ocn': `客戶編號 (OCN)`,
'grid.col.status': `狀態`,
'grid.documents': `文件`,
'grid.superseded': `已被取代`,
'lineage.credit-note': `貸項通知單`,
'lineage.invoice': `月結發票`,
'lineage.reissue': `重新發出的發票`,
'lineage.reissue-n': str`重發 ${0}`,
'status.closed': `已結`,
'status.disputed': `爭議中`,
'status.na': `不適用`,
'status.na.short': `不適用`,
'status.open': `未結`,
'tabs.all': `全部`,
'tabs.error': str`無法載入數目。${0}`,
'tabs.label': `發票狀態`,
'tabs.retry': `重試`,
'export.file-prefix': `invoices`,
'export.sheet.invoices': `Invoices`,
'export.sheet.details': `Export details`,
'export.meta.exported-at': `Exported at`,
'export.meta.filter': `Filter`,
'export.meta.no-filter': `None (all invoices)`,
'export.meta.status-as-of': `Payment status as of`,
'export.meta.unknown': `Unknown`,
'export.meta.rows': `Rows`,
'export.meta.item': `Item`,
'export.meta.value': `Value`,
    };
  