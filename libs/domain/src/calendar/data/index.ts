import type { CalendarYearData } from '../calendar-year-data';
import y2020 from './2020.json';
import y2021 from './2021.json';
import y2022 from './2022.json';
import y2023 from './2023.json';
import y2024 from './2024.json';
import y2025 from './2025.json';
import y2026 from './2026.json';

/** One State Council notice per year; to add a year, drop in its file and list it here. */
export const BUNDLED_CALENDAR_YEARS: readonly CalendarYearData[] = [y2020, y2021, y2022, y2023, y2024, y2025, y2026];
