namespace Samples.Bad
{
    public sealed class Sensor
    {
        public int Read()
        {
            int? maybe = null; // expect: error
            return maybe == null ? 0 : 1;
        }
    }
}
