namespace Callhome.AgentCore.CallHome
{
    /// <summary>Where the call-home loop reports what it does (the console log on a board). Lines never hold
    /// key material.</summary>
    public interface ICallHomeLog
    {
        void Line(string text);
    }
}
