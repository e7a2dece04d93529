namespace Samples.Bad
{
    public sealed class Box<T> // expect: error NF0001
    {
        public object? Value { get; set; }
    }
}
