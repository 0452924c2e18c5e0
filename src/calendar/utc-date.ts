// A Date whose local time is UTC, for chinese-days: the package reads "2026-10-01" as midnight UTC and then asks
// the Date for its local year, month and day, so west of UTC every answer was the day before's (National Day
// on 9月30日, 冬至 missing, plans differing by the machine's time zone). Run with this Date in place of the
// global one, it answers everywhere as it does on a machine set to UTC, which is what it was written for.

export class UtcDate extends Date {
  constructor(...args: unknown[]) {
    // The local-time constructor (year, month, day, …) is read as UTC, as it is under TZ=UTC.
    if (args.length >= 2) super(Date.UTC(...(args as [number, number, number?, number?, number?, number?, number?])));
    else if (args.length === 1) super(args[0] as string | number | Date);
    else super();
  }
  override getFullYear(): number {
    return this.getUTCFullYear();
  }
  override getMonth(): number {
    return this.getUTCMonth();
  }
  override getDate(): number {
    return this.getUTCDate();
  }
  override getDay(): number {
    return this.getUTCDay();
  }
  override getHours(): number {
    return this.getUTCHours();
  }
  override getMinutes(): number {
    return this.getUTCMinutes();
  }
  override getSeconds(): number {
    return this.getUTCSeconds();
  }
  override getMilliseconds(): number {
    return this.getUTCMilliseconds();
  }
  override getTimezoneOffset(): number {
    return 0;
  }
  override setFullYear(...args: [number, number?, number?]): number {
    return this.setUTCFullYear(...(args as [number]));
  }
  override setMonth(...args: [number, number?]): number {
    return this.setUTCMonth(...(args as [number]));
  }
  override setDate(date: number): number {
    return this.setUTCDate(date);
  }
  override setHours(...args: [number, number?, number?, number?]): number {
    return this.setUTCHours(...(args as [number]));
  }
  override setMinutes(...args: [number, number?, number?]): number {
    return this.setUTCMinutes(...(args as [number]));
  }
  override setSeconds(...args: [number, number?]): number {
    return this.setUTCSeconds(...(args as [number]));
  }
  override setMilliseconds(ms: number): number {
    return this.setUTCMilliseconds(ms);
  }
}
