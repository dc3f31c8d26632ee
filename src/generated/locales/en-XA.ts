
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'cell.invalid': `[Îñṽáļíð ṽáļûé ·one]`,
'doc.cdr': `[Çáļļ ðáţá ŕéçöŕðš (ÇÐŔ) ·one·two]`,
'doc.credit-note': `[Çŕéðíţ ñöţé ·on]`,
'doc.invoice': `[Îñṽöíçé ·o]`,
'doc.report': `[Ŕéþöŕţ ·]`,
'doc.unl': `[Ûñíṽéŕšáļ ñûɱƀéŕ ļíšţ ·one·tw]`,
'docs.invoice-and-reports': str`[Îñṽöíçé, ${0} ·on]`,
'docs.none': `[Ñö ðöçûɱéñţš ·one]`,
'docs.reports.one': str`[${0} ŕéþöŕţ ·o]`,
'docs.reports.other': str`[${0} ŕéþöŕţš ·o]`,
'error.bad-response': `[Ţĥé ƀíļļíñĝ šéŕṽíçé šéñţ áñ áñšŵéŕ ţĥáţ çöûļð ñöţ ƀé ŕéáð. ·one·two·three·four·fi]`,
'error.forbidden': `[Ýöû áŕé ñöţ áļļöŵéð ţö šéé ţĥéšé íñṽöíçéš. Šíĝñ íñ áĝáíñ öŕ ášķ ýöûŕ áðɱíñíšţŕáţöŕ. ·one·two·three·four·five·six·sev]`,
'error.generic': `[Ţĥé íñṽöíçéš çöûļð ñöţ ƀé ļöáðéð. ·one·two·thr]`,
'error.network': `[Ţĥé ƀíļļíñĝ šéŕṽíçé çöûļð ñöţ ƀé ŕéáçĥéð. Çĥéçķ ýöûŕ çöññéçţíöñ. ·one·two·three·four·five·]`,
'error.not-found': `[Ţĥíš íţéɱ çöûļð ñöţ ƀé ƒöûñð. ·one·two·th]`,
'error.rate-limited': `[Ţöö ɱáñý ŕéǫûéšţš. Ŵáíţ á ɱöɱéñţ, ţĥéñ ţŕý áĝáíñ. ·one·two·three·four]`,
'error.timeout': `[Ţĥé ƀíļļíñĝ šéŕṽíçé ţööķ ţöö ļöñĝ ţö áñšŵéŕ. ·one·two·three·fo]`,
'error.unsafe-url': `[Ţĥíš ðöçûɱéñţ ļíñķ íš ñöţ šáƒé ţö öþéñ, šö íţ ŵáš ŕéƒûšéð. ·one·two·three·four·fi]`,
'export.file-prefix': `[íñṽöíçéš ·o]`,
'export.meta.exported-at': `[Éẋþöŕţéð áţ ·on]`,
'export.meta.filter': `[Ƒíļţéŕ ·]`,
'export.meta.item': `[Îţéɱ ·]`,
'export.meta.no-filter': `[Ñöñé (áļļ íñṽöíçéš) ·one·tw]`,
'export.meta.rows': `[Ŕöŵš ·]`,
'export.meta.status-as-of': `[Þáýɱéñţ šţáţûš áš öƒ ·one·tw]`,
'export.meta.unknown': `[Ûñķñöŵñ ·o]`,
'export.meta.value': `[Ṽáļûé ·]`,
'export.sheet.details': `[Éẋþöŕţ ðéţáíļš ·one·]`,
'export.sheet.invoices': `[Îñṽöíçéš ·o]`,
'grid.actions-for': str`[Åçţíöñš ƒöŕ ${0} ·one]`,
'grid.col.actions': `[Åçţíöñš ·o]`,
'grid.col.amount': `[Åɱöûñţ ·]`,
'grid.col.bcn': `[Çûšţöɱéŕ ñûɱƀéŕ (ƁÇÑ) ·one·tw]`,
'grid.col.customer': `[Çûšţöɱéŕ ñáɱé ·one]`,
'grid.col.download': `[Ðöŵñļöáð ·o]`,
'grid.col.entity': `[Ɓíļļíñĝ éñţíţý ·one·]`,
'grid.col.month': `[Ṁöñţĥ ·]`,
'grid.col.number': `[Îñṽöíçé ñûɱƀéŕ ·one·]`,
'grid.col.ocn': `[Çûšţöɱéŕ ñûɱƀéŕ (ÖÇÑ) ·one·tw]`,
'grid.col.status': `[Šţáţûš ·]`,
'grid.documents': `[Ðöçûɱéñţš ·on]`,
'grid.superseded': `[Šûþéŕšéðéð ·on]`,
'lineage.credit-note': `[Çŕéðíţ ñöţé ·on]`,
'lineage.invoice': `[Ṁöñţĥļý íñṽöíçé ·one·]`,
'lineage.reissue': `[Ŕéíššûéð íñṽöíçé ·one·]`,
'lineage.reissue-n': str`[Ŕéíššûé ${0} ·o]`,
'status.closed': `[Çļöšéð ·]`,
'status.disputed': `[Ðíšþûţéð ·o]`,
'status.na': `[Ñöţ áþþļíçáƀļé ·one·]`,
'status.na.short': `[ÑÅ ]`,
'status.open': `[Öþéñ ·]`,
'tabs.all': `[Åļļ ]`,
'tabs.error': str`[Çöûñţš çöûļð ñöţ ƀé ļöáðéð. ${0} ·one·two·t]`,
'tabs.label': `[Îñṽöíçé šţáţûš ·one·]`,
'tabs.retry': `[Ŕéţŕý ·]`,
    };
  