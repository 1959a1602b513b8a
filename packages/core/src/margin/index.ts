export { marginOverview } from './overview.js';
export type {
  MarginOverview, MarginOverviewOptions, MarginLine, MarginGroup, MarginGrouping, MarginSummary, OverviewPlacementInput,
} from './overview.js';
export { pricedLineSchema, pricedCategorySchema, pricedLineLabels, parsePricedLines } from './lines.js';
export type { PricedLine, PricedLineInput, PricedCategory, PricedCategoryInput } from './lines.js';
export { priceHourLines } from './price.js';
export type { PriceHourLinesOptions, PricedHourLines } from './price.js';
export {
  marginInvoice, settlementSchema, settlementLabels, parseSettlements, VAT_CODES, SETTLEMENT_KINDS, SETTLEMENT_DIRECTIONS, MARGIN_INVOICE_GROUPINGS,
} from './invoice.js';
export type {
  MarginInvoice, MarginInvoiceInput, MarginInvoiceItem, MarginInvoiceItemKind, MarginInvoiceTotals, MarginInvoiceGrouping, MarginSource, VatSummary,
  VatCode, Settlement, SettlementInput, SettlementKind, SettlementDirection,
} from './invoice.js';
export { marginForecast, forecastCell, MAX_FORECAST_PER_HOUR } from './forecast.js';
export type { MarginForecast, ForecastRow, ForecastCells, ForecastPeriod, ForecastTotals } from './forecast.js';
export { parseForecastInput, MAX_FORECAST_WEEKS, PHASES as FORECAST_PHASES } from './forecast-input.js';
export type { MarginForecastInput, MarginForecastOptions, ForecastPlacementInput, ForecastPhase } from './forecast-input.js';
export { amountCents } from './cents.js';
export { MARGIN_FINDINGS } from './findings.js';
