namespace Callhome.Hal
{
    public enum PinMode
    {
        Input = 0,
        InputPullUp = 1,
        InputPullDown = 2,
        Output = 3,
    }
}
