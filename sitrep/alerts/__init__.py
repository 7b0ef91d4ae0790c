"""Alerts (issue 15): saved queries that notify when matching events appear or change.

    from sitrep.alerts import Rule, add_rule, after_pass, channels_from

    add_rule(store, Rule(name="kharkiv-deaths", admin1="UA-63", min_fatalities=1,
                         channels=channels_from(webhooks=["https://hooks.example/x"])))
    summary = driver.ingest(settings, ["reports/"], store=store)   # sitrep.app.driver
    after_pass(store, echo=print)   # at the end of every ingest / watch pass

Rules (:mod:`sitrep.alerts.rules`) reuse the store's :class:`~sitrep.store.filters.EventFilter`;
messages (:mod:`sitrep.alerts.message`) carry the event record, its claims quoted exactly and a
dashboard link; :mod:`sitrep.alerts.engine` queues each new or materially changed event once
per rule and delivers with timeouts, retries, a delivery table and a rate limit;
:mod:`sitrep.alerts.channels` posts webhooks and sends e-mail.
"""
from sitrep.alerts.channels import AlertSettings, SendError, SmtpConfig
from sitrep.alerts.engine import AlertsSummary, after_pass, deliveries, run_pass, send_test
from sitrep.alerts.rules import (
    Channel, Rule, RuleError, add_rule, channels_from, format_duration, get_rule, list_rules, parse_bbox_arg,
    parse_duration, parse_near, remove_rule,
)

__all__ = [
    "AlertSettings", "AlertsSummary", "Channel", "Rule", "RuleError", "SendError", "SmtpConfig", "add_rule",
    "after_pass", "channels_from", "deliveries", "format_duration", "get_rule", "list_rules", "parse_bbox_arg",
    "parse_duration", "parse_near", "remove_rule", "run_pass", "send_test",
]
