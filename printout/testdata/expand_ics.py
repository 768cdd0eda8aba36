"""Expands the weekly events of an iCalendar file with python3-icalendar
and dateutil, as a second reader independent of the app's Go library.

Usage: expand_ics.py FILE FROM TO (dates as YYYY-MM-DD, TO excluded).
Prints one line per occurrence: the event's UID and its start in UTC.
"""
import datetime
import sys

import icalendar
import pytz
from dateutil import rrule

DAYS = {"MO": rrule.MO, "TU": rrule.TU, "WE": rrule.WE, "TH": rrule.TH,
        "FR": rrule.FR, "SA": rrule.SA, "SU": rrule.SU}


def local(dt, tz):
    """A time from the file as a wall-clock time in tz, without a zone."""
    if dt.tzinfo is None:
        return dt
    return dt.astimezone(tz).replace(tzinfo=None)


def exdates(event, tz):
    found = event.get("EXDATE")
    if found is None:
        return set()
    if not isinstance(found, list):
        found = [found]
    return {local(d.dt, tz) for group in found for d in group.dts}


def main():
    with open(sys.argv[1], "rb") as f:
        cal = icalendar.Calendar.from_ical(f.read())
    lo = datetime.datetime.strptime(sys.argv[2], "%Y-%m-%d")
    hi = datetime.datetime.strptime(sys.argv[3], "%Y-%m-%d")
    for event in cal.walk("VEVENT"):
        start = event["DTSTART"]
        tz = pytz.timezone(start.params["TZID"])
        first = local(start.dt, tz)
        rule = event["RRULE"]
        if rule["FREQ"] != ["WEEKLY"]:
            raise SystemExit("not weekly: %s" % rule)
        until = rule.get("UNTIL")
        until = local(until[0], tz) if until else None
        days = [DAYS[d] for d in rule["BYDAY"]]
        skip = exdates(event, tz)
        for o in rrule.rrule(rrule.WEEKLY, byweekday=days, dtstart=first, until=until).between(lo, hi, inc=True):
            if o in skip or o >= hi:
                continue
            utc = tz.localize(o, is_dst=None).astimezone(pytz.utc)
            print(str(event["UID"]), utc.strftime("%Y%m%dT%H%M%SZ"))


main()
