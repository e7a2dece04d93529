namespace Samples.Bad
{
    public record Point(int X, int Y); // expect: error
}
