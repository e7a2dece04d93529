namespace Callhome.AgentCore.Model
{
    /// <summary>
    /// Changes a model reports to its listeners, raised once per transition (edge), never per poll. Stable
    /// numeric ids, as for log events: notifications (NETCONF, SNMP traps) are mapped from them later.
    /// </summary>
    public enum ModelEvent
    {
        SensorFault = 1,
        SensorRecovered = 2,

        // UPS-MIB upsTraps / upsAlarmOnBattery, upsAlarmLowBattery (RFC 1628 §upsWellKnownAlarms).
        OnBattery = 10,
        OnMains = 11,
        BatteryLow = 12,
        BatteryDepleted = 13,
        BatteryNormal = 14,
        SelfTestStarted = 15,
        SelfTestFinished = 16,

        OutletSwitchedOn = 20,
        OutletSwitchedOff = 21,
        OutletOvercurrent = 22,
        OutletOvercurrentCleared = 23,

        PaperJam = 30,
        DoorOpen = 31,
        PaperOut = 32,
        TonerLow = 33,
        TonerEmpty = 34,
        FuserFault = 35,
        PrinterAlertsCleared = 36,
    }
}
