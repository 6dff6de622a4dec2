import { Fragment } from 'preact';
import { DISCIPLINE_FORM_LABELS, type DisciplineForm } from '../../../../shared/cases/misconduct.ts';
import { formatPercent, percent } from './chart.ts';
import { dateline } from './reports.ts';
import { formatDate, formatDateTime } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { CompiledContentView } from '../../api/types.ts';

type Narrative = CompiledContentView['difficulties'][number];

function Narratives(props: { items: readonly Narrative[] }) {
  const { t } = useI18n();
  if (props.items.length === 0) return <p class="muted">{t('compiled.noNarrative')}</p>;
  return (
    <div class="unit-narratives">
      {props.items.map((item) => (
        <p key={item.unitId} class="narrative" data-unit={item.unitId}>
          <strong>{item.unitName}:</strong> {item.text}
        </p>
      ))}
    </div>
  );
}

/**
 * A compiled report readable on screen as the document prints it: heading, trích yếu, the sections with
 * their figures per unit and the units' narratives, citizen cases, misconduct, who reported and who did
 * not, difficulties, proposals and direction, then "Nơi nhận" and the signer.
 */
export function CompiledDocument(props: { content: CompiledContentView }) {
  const { t, language } = useI18n();
  const c = props.content;
  const unitColumns = c.units.reported;
  return (
    <article class="document" aria-labelledby="document-title">
      <header class="document-head">
        <div class="document-issuer">
          {c.agency.parentBody && <span>{c.agency.parentBody}</span>}
          <strong>{c.agency.name}</strong>
        </div>
        <div class="document-motto">
          <strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong>
          <span>Độc lập - Tự do - Hạnh phúc</span>
          <em>{dateline(c.agency.placeName, c.documentDate)}</em>
        </div>
      </header>
      <h2 id="document-title" class="document-title">
        <span>BÁO CÁO</span>
        {c.title.replace(/^Báo cáo\s+/i, '')}
      </h2>
      <p class="document-period">{t('compiled.periodLine', { from: formatDate(c.period.from), to: formatDate(c.period.to) })}</p>

      {c.sections.map((section) => (
        <section key={section.sectionId} class="document-section" aria-labelledby={`section-${section.sectionId}`} data-section={section.sectionId}>
          <h3 id={`section-${section.sectionId}`}>{section.titleVi}</h3>
          {section.metrics.length > 0 && (
            <div class="table-wrap">
              <table class="figures">
                <caption class="visually-hidden">{t('compiled.figuresOf', { section: section.titleVi })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('compiled.metric')}</th>
                    <th scope="col" class="num">
                      {t('compiled.total')}
                    </th>
                    {unitColumns.map((unit) => (
                      <th key={unit.unitId} scope="col" class="num">
                        {unit.name}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {section.metrics.map((metric) => (
                    <tr key={metric.id}>
                      <th scope="row">{metric.labelVi}</th>
                      <td class="num">
                        <strong>{metric.total}</strong>
                      </td>
                      {unitColumns.map((unit) => (
                        <td key={unit.unitId} class="num">
                          {metric.byUnit[unit.unitId] ?? '—'}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Narratives items={section.narratives} />
        </section>
      ))}

      <section class="document-section" aria-labelledby="doc-cases">
        <h3 id="doc-cases">{t('compiled.cases')}</h3>
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">{t('compiled.cases')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('compiled.caseType')}</th>
                <th scope="col" class="num">{t('compiled.received')}</th>
                <th scope="col" class="num">{t('compiled.resolved')}</th>
                <th scope="col" class="num">{t('compiled.resolvedOnTime')}</th>
                <th scope="col" class="num">{t('compiled.open')}</th>
                <th scope="col" class="num">{t('compiled.onTimeRate')}</th>
              </tr>
            </thead>
            <tbody>
              {c.cases.byType.map((row) => (
                <tr key={row.type}>
                  <th scope="row">{row.labelVi}</th>
                  <td class="num">{row.received}</td>
                  <td class="num">{row.resolved}</td>
                  <td class="num">{row.resolvedOnTime}</td>
                  <td class="num">{row.open}</td>
                  <td class="num">{formatPercent(percent(row.resolvedOnTime, row.resolved), language)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('compiled.total')}</th>
                <td class="num">{c.cases.totals.received}</td>
                <td class="num">{c.cases.totals.resolved}</td>
                <td class="num">{c.cases.totals.resolvedOnTime}</td>
                <td class="num">{c.cases.totals.open}</td>
                <td class="num">{formatPercent(percent(c.cases.totals.resolvedOnTime, c.cases.totals.resolved), language)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      </section>

      <section class="document-section" aria-labelledby="doc-misconduct">
        <h3 id="doc-misconduct">{t('compiled.misconduct')}</h3>
        <dl class="facts facts-compact">
          <dt>{t('compiled.misconductOpened')}</dt>
          <dd>{c.misconduct.opened}</dd>
          <dt>{t('compiled.misconductViolation')}</dt>
          <dd>{c.misconduct.concludedViolation}</dd>
          <dt>{t('compiled.misconductNoViolation')}</dt>
          <dd>{c.misconduct.concludedNoViolation}</dd>
          {Object.entries(c.misconduct.disciplined).map(([form, count]) => (
            <Fragment key={form}>
              <dt>{t('compiled.disciplined', { form: DISCIPLINE_FORM_LABELS[form as DisciplineForm]?.vi ?? form })}</dt>
              <dd>{count}</dd>
            </Fragment>
          ))}
        </dl>
      </section>

      <section class="document-section" aria-labelledby="doc-units">
        <h3 id="doc-units">{t('compiled.unitsTitle')}</h3>
        <div class="table-wrap">
          <table class="reported-units">
            <caption>{t('compiled.reported', { count: c.units.reported.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('compiled.unit')}</th>
                <th scope="col">{t('compiled.timeliness')}</th>
                <th scope="col" class="num">{t('compiled.versions')}</th>
                <th scope="col">{t('compiled.firstSubmitted')}</th>
              </tr>
            </thead>
            <tbody>
              {c.units.reported.map((unit) => (
                <tr key={unit.unitId} data-unit={unit.unitId}>
                  <th scope="row">{unit.name}</th>
                  <td>{unit.onTime ? t('compiled.onTime') : t('compiled.late')}</td>
                  <td class="num">{unit.versions}</td>
                  <td>{formatDateTime(unit.firstSubmittedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <h4 id="doc-missing">{t('compiled.missing', { count: c.units.missing.length })}</h4>
        {c.units.missing.length === 0 ? (
          <p class="muted">{t('compiled.noneMissing')}</p>
        ) : (
          <ul class="missing-units" aria-labelledby="doc-missing">
            {c.units.missing.map((unit) => (
              <li key={unit.unitId} data-unit={unit.unitId}>
                {unit.name}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section class="document-section" aria-labelledby="doc-difficulties">
        <h3 id="doc-difficulties">{t('compiled.difficulties')}</h3>
        <Narratives items={c.difficulties} />
      </section>
      <section class="document-section" aria-labelledby="doc-proposals">
        <h3 id="doc-proposals">{t('compiled.proposals')}</h3>
        <Narratives items={c.proposals} />
      </section>
      <section class="document-section" aria-labelledby="doc-direction">
        <h3 id="doc-direction">{t('compiled.nextDirection')}</h3>
        <Narratives items={c.nextDirection} />
      </section>

      <footer class="document-foot">
        <div class="document-recipients">
          <strong>
            <em>Nơi nhận:</em>
          </strong>
          <ul>
            {c.recipients.map((list) => (
              <li key={list.listId}>
                - {list.name}
                {list.capacity && ` ${list.capacity}`};
              </li>
            ))}
            <li>- Lưu: VT, VP.</li>
          </ul>
        </div>
        <div class="document-signer">
          <strong>{c.signer.authority}</strong>
          <strong>{c.signer.position}</strong>
          <span class="document-signature" aria-hidden="true" />
          <strong>{c.signer.name}</strong>
        </div>
      </footer>
    </article>
  );
}
