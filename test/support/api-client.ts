/** A small client for the local gateway: dev sign-in, then JSON calls with the ID token. */
export class ApiClient {
  private constructor(
    readonly baseUrl: string,
    private readonly token?: string,
  ) {}

  static anonymous(baseUrl: string): ApiClient {
    return new ApiClient(baseUrl);
  }

  static async signIn(baseUrl: string, userId: string): Promise<ApiClient> {
    const response = await fetch(`${baseUrl}/api/dev/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId }),
    });
    if (!response.ok) throw new Error(`sign-in as ${userId} failed: ${response.status}`);
    const { idToken } = (await response.json()) as { idToken: string };
    return new ApiClient(baseUrl, idToken);
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- responses are checked field by field by the tests' assertions
  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: any; headers: Headers }> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: parsed, headers: response.headers };
  }

  get = (path: string) => this.request('GET', path);
}
