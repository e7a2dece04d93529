namespace Callhome.Hal.Drivers.PrinterEngine
{
    /// <summary>Values of the EngineState register (01h) of our status link.</summary>
    public enum EngineState
    {
        Idle = 0,
        WarmingUp = 1,
        Printing = 2,
        Error = 3,
        Sleeping = 4,
    }
}
