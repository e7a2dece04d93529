namespace Callhome.Boards.Emulator.Scenario
{
    public enum ScenarioEventKind
    {
        MainsFail,
        MainsRestore,
        UpsLoad,
        Ambient,
        OutletLoad,
        PaperJam,
        PaperJamCleared,
        DoorOpen,
        DoorClosed,
        PaperOut,
        Print,
        TonerLevel,
        SensorStopAnswering,
        SensorAnswer,
    }
}
