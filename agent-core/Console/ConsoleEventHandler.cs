namespace Callhome.AgentCore.Console
{
    /// <summary>A console event for the board (non-generic: nanoFramework's stable line has no generic delegates).</summary>
    public delegate void ConsoleEventHandler(ConsoleInterpreter sender);
}
