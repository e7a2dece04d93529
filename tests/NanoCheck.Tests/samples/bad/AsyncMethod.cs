namespace Samples.Bad
{
    public sealed class Uploader
    {
        public async void Run() // expect: error
        {
            await System.Threading.Tasks.Task.Delay(10); // expect: error
        }
    }
}
