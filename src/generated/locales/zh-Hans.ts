
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'cell.invalid': `无效的值`,
'doc.cdr': `通话记录 (CDR)`,
'doc.credit-note': `贷项通知单`,
'doc.invoice': `发票`,
'doc.report': `报告`,
'doc.unl': `通用号码清单`,
'docs.invoice-and-reports': str`发票、${0}`,
'docs.none': `没有文件`,
'docs.reports.one': str`${0} 份报告`,
'docs.reports.other': str`${0} 份报告`,
'error.bad-response': `账单服务返回的响应无法读取。`,
'error.forbidden': `您无权查看这些发票。请重新登录或联系您的管理员。`,
'error.generic': `无法加载发票。`,
'error.network': `无法连接账单服务。请检查网络连接。`,
'error.not-found': `找不到此项目。`,
'error.rate-limited': `请求过多。请稍候再试。`,
'error.timeout': `账单服务响应时间过长。`,
'error.unsafe-url': `此文件链接不安全，因此已被拒绝。`,
'grid.actions-for': str`${0} 的操作`,
'grid.col.actions': `操作`,
'grid.col.amount': `金额`,
'grid.col.bcn': `客户编号 (BCN)`,
'grid.col.customer': `客户名称`,
'grid.col.download': `下载`,
'grid.col.entity': `账单实体名称`,
'grid.col.month': `月份`,
'grid.col.number': `发票编号`,
'grid.col.ocn': `客户编号 (OCN)`,
'grid.col.status': `状态`,
'grid.documents': `文件`,
'grid.superseded': `已被取代`,
'lineage.credit-note': `贷项通知单`,
'lineage.invoice': `月结发票`,
'lineage.reissue': `重新开具的发票`,
'lineage.reissue-n': str`重开 ${0}`,
'status.closed': `已结`,
'status.disputed': `争议中`,
'status.na': `不适用`,
'status.na.short': `不适用`,
'status.open': `未结`,
'tabs.all': `全部`,
'tabs.error': str`无法加载数量。${0}`,
'tabs.label': `发票状态`,
'tabs.retry': `重试`,
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
  