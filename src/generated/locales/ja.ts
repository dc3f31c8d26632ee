
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'cell.invalid': `無効な値`,
'doc.cdr': `コールデータ(CDR)`,
'doc.credit-note': `クレジットノート`,
'doc.invoice': `請求書`,
'doc.report': `レポート`,
'doc.unl': `ユニバーサルナンバーリスト`,
'docs.invoice-and-reports': str`請求書, ${0}`,
'docs.none': `ドキュメントなし`,
'docs.reports.one': str`${0}レポート`,
'docs.reports.other': str`${0}レポート`,
'error.bad-response': `請求サービスから読み取れない応答が返されました。`,
'error.forbidden': `これらの請求書を表示する権限がありません。再度サインインするか、管理者にお問い合わせください。`,
'error.generic': `請求書を読み込めませんでした。`,
'error.network': `請求サービスに接続できませんでした。接続を確認してください。`,
'error.not-found': `この項目が見つかりませんでした。`,
'error.rate-limited': `リクエストが多すぎます。しばらく待ってから、もう一度お試しください。`,
'error.timeout': `請求サービスからの応答に時間がかかりすぎています。`,
'error.unsafe-url': `このドキュメントのリンクは安全に開けないため、拒否されました。`,
'grid.actions-for': str`${0} のアクション`,
'grid.col.actions': `アクション`,
'grid.col.amount': `金額`,
'grid.col.bcn': `お客様番号 (BCN)`,
'grid.col.customer': `顧客名`,
'grid.col.download': `ダウンロード`,
'grid.col.entity': `請求法人名`,
'grid.col.month': `請求月`,
'grid.col.number': `請求書番号`,
'grid.col.ocn': `お客様番号 (OCN)`,
'grid.col.status': `ステータス`,
'grid.documents': `ドキュメント`,
'grid.superseded': `差し替え済み`,
'lineage.credit-note': `クレジットノート`,
'lineage.invoice': `月間請求書`,
'lineage.reissue': `再発行された請求書`,
'lineage.reissue-n': str`再発行 ${0}`,
'status.closed': `クローズ`,
'status.disputed': `係争中`,
'status.na': `適用不可`,
'status.na.short': `適用不可`,
'status.open': `オープン`,
'tabs.all': `すべて`,
'tabs.error': str`件数を読み込めませんでした。${0}`,
'tabs.label': `請求書ステータス`,
'tabs.retry': `再試行`,
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
  