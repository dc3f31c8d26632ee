
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'cell.invalid': `잘못된 값`,
'doc.cdr': `통화 상세 기록(CDR)`,
'doc.credit-note': `대변표`,
'doc.invoice': `청구서`,
'doc.report': `보고서`,
'doc.unl': `유니버설 번호 목록`,
'docs.invoice-and-reports': str`청구서, ${0}`,
'docs.none': `문서 없음`,
'docs.reports.one': str`보고서 ${0}건`,
'docs.reports.other': str`보고서 ${0}건`,
'error.bad-response': `청구 서비스가 읽을 수 없는 응답을 보냈습니다.`,
'error.forbidden': `이 청구서를 볼 권한이 없습니다. 다시 로그인하거나 관리자에게 문의하세요.`,
'error.generic': `청구서를 불러오지 못했습니다.`,
'error.network': `청구 서비스에 연결할 수 없습니다. 네트워크 연결을 확인하세요.`,
'error.not-found': `항목을 찾을 수 없습니다.`,
'error.rate-limited': `요청이 너무 많습니다. 잠시 후 다시 시도하세요.`,
'error.timeout': `청구 서비스의 응답 시간이 너무 깁니다.`,
'error.unsafe-url': `이 문서 링크는 안전하지 않아 열 수 없습니다.`,
'grid.actions-for': str`${0} 작업`,
'grid.col.actions': `작업`,
'grid.col.amount': `금액`,
'grid.col.bcn': `고객 번호 (BCN)`,
'grid.col.customer': `고객명`,
'grid.col.download': `다운로드`,
'grid.col.entity': `청구 법인명`,
'grid.col.month': `청구 월`,
'grid.col.number': `청구서 번호`,
'grid.col.ocn': `고객 번호 (OCN)`,
'grid.col.status': `상태`,
'grid.documents': `문서`,
'grid.superseded': `대체됨`,
'lineage.credit-note': `대변표`,
'lineage.invoice': `월별 청구서`,
'lineage.reissue': `재발행 청구서`,
'lineage.reissue-n': str`재발행 ${0}`,
'status.closed': `종결`,
'status.disputed': `분쟁 중`,
'status.na': `해당 없음`,
'status.na.short': `해당 없음`,
'status.open': `미결`,
'tabs.all': `전체`,
'tabs.error': str`건수를 불러오지 못했습니다. ${0}`,
'tabs.label': `청구서 상태`,
'tabs.retry': `다시 시도`,
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
  